import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { listings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getProduct } from "./get-product";
import type { ProductDetailView } from "./product-view";
import { updateProduct } from "./update-product";

/** What a channel says it holds of a listing, named by Köprü SKU and/or the channel's own id. */
export type ChannelStock = { sku: string; remoteId: string | null; stock: number };

/**
 * Compares the stock a channel reports with what Köprü last pushed there. Where they differ, the channel's value is
 * kept as `reported_stock` for the admin to see, and `last_pushed_stock` becomes what the channel holds now, so the
 * next price/stock run pushes Köprü's value again: Köprü wins unless the admin takes the channel's value.
 * Listings never pushed yet are left alone. Returns the SKUs that differed.
 */
export async function recordChannelStock(options: {
  db: Db;
  integrationId: string;
  reports: ChannelStock[];
}): Promise<string[]> {
  const { db, integrationId, reports } = options;
  const differed: string[] = [];
  for (let start = 0; start < reports.length; start += 1000) {
    const rows = reports.slice(start, start + 1000);
    const result = await db.execute(sql`
      with x as (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(sku text, "remoteId" text, stock int))
      update listings as l set
        reported_stock = x.stock, reported_stock_at = now(), last_pushed_stock = x.stock, updated_at = now()
      from x
      where l.integration_id = ${integrationId}
        and (l.sku = x.sku or (x."remoteId" is not null and l.remote_id = x."remoteId"))
        and l.last_pushed_stock is not null and l.last_pushed_stock <> x.stock
      returning l.sku`);
    const written = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { sku: string }[];
    differed.push(...written.map((row) => row.sku));
  }
  return differed;
}

export const reportedStockDecisionSchema = z.object({ choice: z.enum(["use_channel", "keep_kopru"]) });
export type ReportedStockDecision = z.infer<typeof reportedStockDecisionSchema>;

/**
 * The admin's answer to a channel's differing stock: take the channel's value as the product's stock (every channel
 * gets it on its next run), or keep Köprü's (already pushed again). Either way the notice is cleared.
 */
export async function decideReportedStock(options: {
  db: Db;
  actor: Actor;
  productId: number;
  integrationId: string;
  decision: ReportedStockDecision;
}): Promise<ProductDetailView> {
  const { db, actor, productId, integrationId, decision } = options;
  const match = and(eq(listings.productId, productId), eq(listings.integrationId, integrationId));
  const [listing] = await db.select().from(listings).where(match).limit(1);
  if (!listing || listing.reportedStock === null)
    throw new AppError("conflict", "This channel reports no differing stock for the product", {
      messageKey: "errors.no_reported_stock",
    });
  if (decision.choice === "use_channel")
    await updateProduct({ db, actor, id: productId, update: { stock: listing.reportedStock } });
  await db.update(listings).set({ reportedStock: null, reportedStockAt: null, updatedAt: new Date() }).where(match);
  await recordAudit({
    db,
    actor,
    action: decision.choice === "use_channel" ? "product.channel_stock_taken" : "product.channel_stock_dismissed",
    targetType: "product",
    targetId: String(productId),
    details: { integrationId, reportedStock: listing.reportedStock },
  });
  return getProduct({ db, id: productId });
}
