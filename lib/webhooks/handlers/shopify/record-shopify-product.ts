import { inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { listings, products, type ListingStatus } from "@/db/schema";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { providerIdSchema } from "@/lib/providers/webhook-parse";

const shopifyProductSchema = z.looseObject({
  id: providerIdSchema,
  status: z.string().nullish(),
  variants: z
    .array(
      z.looseObject({
        id: providerIdSchema,
        sku: z.string().nullish(),
        admin_graphql_api_id: z.string().nullish(),
      }),
    )
    .default([]),
});

/**
 * products/create and products/update: links each variant whose SKU is a Köprü product to its Shopify listing (the
 * variant's GraphQL id) with the product's Shopify status. Price and stock are not read: Köprü owns them and pushes them.
 */
export async function recordShopifyProduct({ db, payload }: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  const product = parsePayload(shopifyProductSchema, payload, "Shopify product");
  const variants = product.variants.flatMap((variant) => (variant.sku ? [{ ...variant, sku: variant.sku }] : []));
  if (variants.length === 0) return { outcome: "ignored", note: `product ${product.id} has no variant with a SKU` };

  const known = await db
    .select({ id: products.id, sku: products.sku })
    .from(products)
    .where(
      inArray(
        products.sku,
        variants.map((variant) => variant.sku),
      ),
    );
  const productIdBySku = new Map(known.map((row) => [row.sku, row.id]));
  const isActive = !product.status || product.status === "active";
  const remoteStatus: ListingStatus = isActive ? "active" : "pending";
  const rows = variants.flatMap((variant) => {
    const productId = productIdBySku.get(variant.sku);
    if (productId === undefined) return [];
    const remoteId = variant.admin_graphql_api_id ?? `gid://shopify/ProductVariant/${variant.id}`;
    return [
      {
        integrationId: "shopify",
        productId,
        sku: variant.sku,
        remoteId,
        remoteStatus,
        lastError: isActive ? null : `Shopify product is ${product.status}`,
      },
    ];
  });
  const unknown = variants.filter((variant) => !productIdBySku.has(variant.sku)).map((variant) => variant.sku);
  const unknownNote = unknown.length > 0 ? `unknown SKUs (not Köprü products): ${unknown.join(", ")}` : "";
  if (rows.length === 0) return { outcome: "ignored", note: unknownNote };

  await db
    .insert(listings)
    .values(rows)
    .onConflictDoUpdate({
      target: [listings.integrationId, listings.sku],
      set: {
        productId: sql`excluded.product_id`,
        remoteId: sql`excluded.remote_id`,
        remoteStatus: sql`excluded.remote_status`,
        lastError: sql`excluded.last_error`,
        updatedAt: sql`now()`,
      },
    });
  const linked = `listings ${remoteStatus}: ${rows.map((row) => row.sku).join(", ")}`;
  return { outcome: "processed", note: unknownNote ? `${linked}; ${unknownNote}` : linked };
}
