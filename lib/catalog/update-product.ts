import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { products, type Product } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getProduct } from "./get-product";
import { formatKurus } from "./money";
import { optionalText, priceSchema, requiredText, stockSchema } from "./product-fields";
import type { ProductDetailView } from "./product-view";

/** Marketplaces' own limit for a description (Trendyol's is the strictest at 30,000 characters). */
export const MAX_DESCRIPTION = 30_000;

/**
 * An edit from the console: prices as TRY decimals ("129.90" or 129.9), stock as a whole number, the title (required,
 * at most 255 characters) and the description (empty clears it); at least one of them.
 */
export const productUpdateSchema = z
  .strictObject({
    list_price: priceSchema.optional(),
    sale_price: priceSchema.optional(),
    stock: stockSchema.optional(),
    title: requiredText(255).optional(),
    description: optionalText(MAX_DESCRIPTION).optional(),
  })
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    "Send list_price, sale_price, stock, title or description",
  );
export type ProductUpdate = z.output<typeof productUpdateSchema>;

const FIELDS = [
  ["list_price", "listPrice"],
  ["sale_price", "salePrice"],
  ["stock", "stock"],
] as const;

type Editable = Pick<Product, "listPrice" | "salePrice" | "stock" | "title" | "description">;

// The audit keeps a long text's size rather than the whole text, so the log stays readable.
const textChange = (value: string | null) =>
  value === null ? null : value.length > 200 ? `${value.slice(0, 200)}…` : value;

function describeChanges(before: Product, after: Editable) {
  const changes: Record<string, { from: string | number | null; to: string | number | null }> = {};
  for (const [name, key] of FIELDS) {
    if (before[key] === after[key]) continue;
    changes[name] =
      key === "stock"
        ? { from: before[key], to: after[key] }
        : { from: formatKurus(before[key]), to: formatKurus(after[key]) };
  }
  if (before.title !== after.title) changes.title = { from: before.title, to: after.title };
  if (before.description !== after.description)
    changes.description = { from: textChange(before.description), to: textChange(after.description) };
  return changes;
}

/**
 * Changes a product's prices or stock. The list price may never fall below the sale price (checked against the stored
 * values under a row lock, so two concurrent edits cannot together break it). A real change bumps updated_at, which is
 * what the next price/stock sync looks at, and leaves an audit row.
 */
export async function updateProduct(options: {
  db: Db;
  actor: Actor;
  id: number;
  update: ProductUpdate;
}): Promise<ProductDetailView> {
  const { db, actor, id, update } = options;
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(products).where(eq(products.id, id)).for("update");
    if (!current) throw new AppError("not_found", "No such product", { messageKey: "errors.product_not_found" });
    const next = {
      listPrice: update.list_price ?? current.listPrice,
      salePrice: update.sale_price ?? current.salePrice,
      stock: update.stock ?? current.stock,
      title: update.title ?? current.title,
      description: update.description === undefined ? current.description : update.description,
    };
    if (next.listPrice < next.salePrice) {
      const path = update.list_price === undefined ? "sale_price" : "list_price";
      const message = `The list price (${formatKurus(next.listPrice)} TRY) must be at least the sale price (${formatKurus(next.salePrice)} TRY)`;
      const params = { list: formatKurus(next.listPrice), sale: formatKurus(next.salePrice) };
      const messageKey = "errors.list_below_sale";
      throw new AppError("invalid_input", message, {
        issues: [{ path, message: messageKey, params }],
        messageKey,
        params,
      });
    }
    const changes = describeChanges(current, next);
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(products)
      .set({ ...next, updatedAt: sql`now()` })
      .where(eq(products.id, id));
    await recordAudit({
      db: tx,
      actor,
      action: "product.updated",
      targetType: "product",
      targetId: id,
      details: { sku: current.sku, changes },
    });
  });
  return getProduct({ db, id });
}
