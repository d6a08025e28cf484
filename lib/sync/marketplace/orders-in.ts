import type { MarketplaceOrder } from "@/lib/providers/marketplace";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { SyncContext } from "../sync-deps";
import { readCursor, writeCursor } from "../sync-cursor";
import { recordItems } from "../sync-progress";
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";

/** First import reaches this far back; adapters split the range into the windows their marketplace allows. */
export const FIRST_IMPORT_DAYS = 14;
/** Re-read a little before the cursor: packages modified in the same millisecond, or late to index, are not missed. */
export const CURSOR_OVERLAP_MS = 5 * 60 * 1000;
const CHUNK = 200;

type OrdersCursor = { lastModifiedMs: number };

/**
 * orders_in: imports shipment packages modified since the persisted cursor, oldest first, upserting on the package id.
 * The cursor advances after each committed chunk, so a crash resumes where it stopped and nothing is imported twice.
 */
export async function syncOrdersIn({ db, runId, integrationId, step, deps }: SyncContext): Promise<void> {
  await step.run("import-orders", async () => {
    const adapter = await loadMarketplaceAdapter({ db, integrationId, deps });
    if (!adapter.listOrders) throw new Error(`${integrationId} cannot list orders`);
    const now = deps.now?.() ?? new Date();
    const cursor = await readCursor<OrdersCursor>(db, integrationId, "orders_in");
    const since = cursor ? cursor.lastModifiedMs - CURSOR_OVERLAP_MS : now.getTime() - FIRST_IMPORT_DAYS * 86_400_000;
    let highWater = cursor?.lastModifiedMs ?? since;
    let pending: MarketplaceOrder[] = [];

    const flush = async () => {
      const outcomes = await upsertMarketplaceOrders({ db, integrationId, orders: pending });
      await recordItems(
        db,
        runId,
        outcomes.map((o) => ({
          ref: o.orderNumber,
          action: "import",
          result: o.outcome === "unchanged" ? "skipped" : "succeeded",
          counter: o.outcome === "unchanged" ? "skipped" : o.outcome,
          message: `package ${o.packageId}`,
        })),
      );
      highWater = Math.max(highWater, ...pending.map((order) => order.lastModified.getTime()));
      await writeCursor(db, integrationId, "orders_in", { lastModifiedMs: highWater });
      pending = [];
    };

    for await (const order of adapter.listOrders({ since: new Date(since), until: now })) {
      pending.push(order);
      if (pending.length >= CHUNK) await flush();
    }
    if (pending.length) await flush();
    return { highWater };
  });
}
