import { asc, sql } from "drizzle-orm";
import { orders, products } from "@/db/schema";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import { invoiceFromOrder } from "@/lib/invoices/invoice-from-order";
import type { SyncContext } from "../sync-deps";
import { readCursor, writeCursor } from "../sync-cursor";
import { recordItems, type ItemOutcome } from "../sync-progress";

const CHUNK = 100;
/** Keyset position per table: (updated_at as Postgres prints it, to the microsecond; id). */
type ErpCursor = { productId: number; orderId: number; productAt?: string; orderAt?: string };
const EPOCH = "1970-01-01 00:00:00+00";

/**
 * erp_out: Köprü's catalog and orders' buyers → stock cards and customer accounts in the ERP (Köprü is the source of
 * truth for new records; cards and accounts already in the ERP are left as the accountant keeps them). Rows are walked
 * by (updated_at, id), so a changed product or order (a new SKU, a buyer's new tax id) is picked up again, not only new
 * ones. Each record is
 * looked up by its stable code first, so a rerun creates nothing twice; the cursor moves after each chunk, so a crash
 * resumes where it stopped. Orders whose buyer data is not good enough are reported, not sent.
 */
export async function syncErpOut({ db, runId, integrationId, step, deps }: SyncContext): Promise<void> {
  for (let chunk = 0; ; chunk++) {
    const done = await step.run(`erp-out-${chunk}`, async () => {
      const cursor = (await readCursor<ErpCursor>(db, integrationId, "erp_out")) ?? { productId: 0, orderId: 0 };
      const erp = await loadAdapter({ db, integrationId, kind: "erp", deps });
      const outcomes: ItemOutcome[] = [];
      const cards = await db
        .select({ product: products, at: sql<string>`${products.updatedAt}::text` })
        .from(products)
        .where(
          sql`(${products.updatedAt}, ${products.id}) > (${cursor.productAt ?? EPOCH}::timestamptz, ${cursor.productAt ? cursor.productId : 0})`,
        )
        .orderBy(asc(products.updatedAt), asc(products.id))
        .limit(CHUNK);
      for (const { product, at } of cards) {
        const result = await erp.upsertStockCard?.({
          code: product.sku,
          name: product.title,
          barcode: product.barcode,
          vatRate: product.vatRate,
          unit: "ADET",
        });
        if (result) outcomes.push(outcome(product.sku, "stock_card", result.outcome));
        cursor.productId = product.id;
        cursor.productAt = at;
      }
      const buyers = await db
        .select({ order: orders, at: sql<string>`${orders.updatedAt}::text` })
        .from(orders)
        .where(
          sql`(${orders.updatedAt}, ${orders.id}) > (${cursor.orderAt ?? EPOCH}::timestamptz, ${cursor.orderAt ? cursor.orderId : 0})`,
        )
        .orderBy(asc(orders.updatedAt), asc(orders.id))
        .limit(CHUNK);
      for (const { order, at } of buyers) {
        try {
          const { buyer } = invoiceFromOrder(order, new Map());
          outcomes.push(outcome(buyer.code, "customer", (await erp.upsertCustomer(buyer)).outcome));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          outcomes.push({
            ref: order.remoteOrderNumber,
            action: "customer",
            result: "failed",
            counter: "failed",
            message,
          });
        }
        cursor.orderId = order.id;
        cursor.orderAt = at;
      }
      await recordItems(db, runId, outcomes);
      await writeCursor(db, integrationId, "erp_out", cursor);
      return cards.length < CHUNK && buyers.length < CHUNK;
    });
    if (done) return;
  }
}

function outcome(ref: string, action: string, result: "created" | "updated" | "unchanged"): ItemOutcome {
  return result === "unchanged"
    ? { ref, action, result: "skipped", counter: "skipped" }
    : { ref, action, result: "succeeded", counter: result };
}
