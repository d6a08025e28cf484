import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, products } from "@/db/schema";
import type { HepsiburadaListingView } from "@/lib/providers/hepsiburada/transform";
import type { PriceStockUpdate } from "@/lib/providers/marketplace";
import { readCursor, writeCursor } from "../sync-cursor";
import type { SyncContext } from "../sync-deps";
import { setRunTotal } from "../sync-progress";
import { applyBatchResults, type PushedValues } from "../marketplace/apply-batch-results";
import { loadHepsiburadaAdapter } from "./hepsiburada-adapter";
import { linkHepsiburadaListings } from "./link-listings";
import { recordChannelStock } from "@/lib/catalog/reported-stock";

const MAX_POLLS = 120;
const DEFAULT_POLL_MS = 5_000;
/** Listings are re-read (and new ones linked) at most this often, and on every run limited to chosen SKUs. */
export const LISTINGS_REFRESH_MS = 60 * 60 * 1000;

/** Active, linked listings whose price or stock differs from what Hepsiburada last accepted. */
async function selectChanged(db: Db, integrationId: string, onlySkus?: string[]) {
  const changed: SQL = or(
    sql`${listings.lastPushedStock} is distinct from ${products.stock}`,
    sql`${listings.lastPushedSalePrice} is distinct from ${products.salePrice}`,
  )!;
  return db
    .select({ sku: products.sku, hbSku: listings.remoteId, stock: products.stock, salePrice: products.salePrice })
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

/**
 * stock_price_out: reads Hepsiburada's listings hourly (linking them on merchant SKU or Hepsiburada SKU), sends changed
 * price and stock as inventory uploads (≤ 4,000 items each, ≤ 5 in flight), polls every upload by id and records
 * each item's verdict, price-lock validations included.
 */
export async function syncHepsiburadaStockPriceOut(context: SyncContext): Promise<void> {
  const { db, runId, integrationId, options, step, deps } = context;
  const adapter = await loadHepsiburadaAdapter(db, integrationId, deps);
  const isListingReadDue = await step.run("check-listings-read", async () => {
    const lastRead = await readCursor<{ atMs: number }>(db, integrationId, "listings_read");
    const now = (deps.now?.() ?? new Date()).getTime();
    return Boolean(options.onlySkus) || !lastRead || now - lastRead.atMs >= LISTINGS_REFRESH_MS;
  });
  if (isListingReadDue) {
    await step.run("read-listings", async () => {
      const now = deps.now?.() ?? new Date();
      const seen: HepsiburadaListingView[] = [];
      for await (const listing of adapter.listListings()) seen.push(listing);
      const linked = await linkHepsiburadaListings({ db, integrationId, listings: seen });
      await recordChannelStock({
        db,
        integrationId,
        reports: seen.flatMap((listing) =>
          listing.stock === null
            ? []
            : [{ sku: listing.merchantSku, remoteId: listing.hepsiburadaSku, stock: listing.stock }],
        ),
      });
      await writeCursor(db, integrationId, "listings_read", { atMs: now.getTime() });
      return { linked };
    });
  }
  const pushed = await step.run("push-price-stock", async () => {
    const rows = await selectChanged(db, integrationId, options.onlySkus);
    await setRunTotal(db, runId, rows.length);
    const updates: PriceStockUpdate[] = rows.map((row) => ({
      sku: row.sku,
      barcode: row.hbSku ?? row.sku,
      stock: row.stock,
      listPriceKurus: row.salePrice,
      salePriceKurus: row.salePrice,
    }));
    const uploads = updates.length ? await adapter.pushPriceStockUploads(updates) : [];
    const values: [string, PushedValues][] = updates.map((u) => [
      u.barcode !== u.sku ? u.barcode : u.sku,
      { sku: u.sku, listPrice: u.listPriceKurus, salePrice: u.salePriceKurus, stock: u.stock },
    ]);
    return { uploads, values };
  });

  // Uploads are polled round-robin and each is recorded as soon as it is done, while the others still process.
  const values = new Map(pushed.values);
  const pending = [...pushed.uploads];
  for (let round = 0; pending.length > 0; round += 1) {
    for (const upload of [...pending]) {
      const batch = await step.run(`poll-upload-${upload.batchId}-${round}`, () =>
        adapter.getUploadResult(upload.batchId, upload.sent),
      );
      if (batch.status !== "completed") continue;
      await step.run(`record-upload-${upload.batchId}`, () =>
        applyBatchResults({ db, runId, integrationId, results: batch.items, kind: "price_stock", pushed: values }),
      );
      pending.splice(pending.indexOf(upload), 1);
    }
    if (pending.length === 0) break;
    if (round >= MAX_POLLS) throw new Error(`${pending.length} uploads were still processing after ${MAX_POLLS} polls`);
    await step.sleep(`wait-uploads-${round}`, deps.pollIntervalMs ?? DEFAULT_POLL_MS);
  }
}
