import { asc, gt } from "drizzle-orm";
import { orders, products } from "@/db/schema";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import { invoiceFromOrder } from "@/lib/invoices/invoice-from-order";
import type { SyncContext } from "../sync-deps";
import { readCursor, writeCursor } from "../sync-cursor";
import { itemErrorFields, recordItems, type ItemOutcome } from "../sync-progress";

const CHUNK = 100;
type ErpCursor = { productId: number; orderId: number };

/**
 * erp_out: Köprü's catalog and orders' buyers → stock cards and customer accounts in the ERP (Köprü is the source of
 * truth for new records; cards and accounts already in the ERP are left as the accountant keeps them). Each record is
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
        .select()
        .from(products)
        .where(gt(products.id, cursor.productId))
        .orderBy(asc(products.id))
        .limit(CHUNK);
      for (const product of cards) {
        const result = await erp.upsertStockCard?.({
          code: product.sku,
          name: product.title,
          barcode: product.barcode,
          vatRate: product.vatRate,
          unit: "ADET",
        });
        if (result) outcomes.push(outcome(product.sku, "stock_card", result.outcome));
        cursor.productId = product.id;
      }
      const buyers = await db
        .select()
        .from(orders)
        .where(gt(orders.id, cursor.orderId))
        .orderBy(asc(orders.id))
        .limit(CHUNK);
      for (const order of buyers) {
        try {
          const { buyer } = invoiceFromOrder(order, new Map());
          outcomes.push(outcome(buyer.code, "customer", (await erp.upsertCustomer(buyer)).outcome));
        } catch (error) {
          outcomes.push({
            ref: order.remoteOrderNumber,
            action: "customer",
            result: "failed",
            counter: "failed",
            ...itemErrorFields(error),
          });
        }
        cursor.orderId = order.id;
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
