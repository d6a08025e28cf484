import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, products } from "@/db/schema";
import type { PriceStockUpdate } from "@/lib/providers/marketplace";
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import { settlePush } from "../poll-batches";
import type { SyncContext } from "../sync-deps";
import { setRunTotal } from "../sync-progress";
import { applyBatchResults, type PushedValues } from "./apply-batch-results";

/** Active listings whose price or stock differs from what the marketplace last accepted. */
async function selectChanged(db: Db, integrationId: string, onlySkus?: string[]) {
  const changed: SQL = or(
    sql`${listings.lastPushedStock} is distinct from ${products.stock}`,
    sql`${listings.lastPushedSalePrice} is distinct from ${products.salePrice}`,
    sql`${listings.lastPushedListPrice} is distinct from ${products.listPrice}`,
  )!;
  return db
    .select({
      sku: products.sku,
      barcode: listings.remoteId,
      stock: products.stock,
      listPrice: products.listPrice,
      salePrice: products.salePrice,
      remoteRefs: listings.remoteRefs,
    })
    .from(listings)
    .innerJoin(products, eq(products.id, listings.productId))
    .where(
      and(
        eq(listings.integrationId, integrationId),
        eq(listings.remoteStatus, "active"),
        onlySkus ? inArray(products.sku, onlySkus) : changed,
      ),
    );
}

/** stock_price_out: sends only changed prices and stock (the adapter batches them), then records the verdicts. */
export async function syncStockPriceOut({ db, runId, integrationId, options, step, deps }: SyncContext): Promise<void> {
  const adapter = await loadMarketplaceAdapter({ db, integrationId, deps });
  const pushPriceStock = adapter.pushPriceStock?.bind(adapter);
  if (!pushPriceStock) throw new Error(`${integrationId} cannot receive prices and stock`);
  const pushed = await step.run("push-price-stock", async () => {
    const rows = await selectChanged(db, integrationId, options.onlySkus);
    await setRunTotal(db, runId, rows.length);
    const updates: PriceStockUpdate[] = rows.map((row) => ({
      sku: row.sku,
      barcode: row.barcode ?? row.sku,
      stock: row.stock,
      listPriceKurus: row.listPrice,
      salePriceKurus: row.salePrice,
      remoteRefs: row.remoteRefs,
    }));
    const receipt = updates.length ? await pushPriceStock(updates) : null;
    const values: [string, PushedValues][] = updates.map((u) => [
      u.barcode,
      { sku: u.sku, listPrice: u.listPriceKurus, salePrice: u.salePriceKurus, stock: u.stock },
    ]);
    return { receipt, values };
  });

  const results = pushed.receipt
    ? await settlePush({ adapter, receipt: pushed.receipt, step, pollIntervalMs: deps.pollIntervalMs })
    : [];
  await step.run("record-results", () =>
    applyBatchResults({ db, runId, integrationId, results, kind: "price_stock", pushed: new Map(pushed.values) }),
  );
}
