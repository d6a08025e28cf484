import { and, eq, inArray, notInArray } from "drizzle-orm";
import { orders } from "@/db/schema";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import { openLinesKey } from "@/lib/providers/hepsiburada/transform";
import type { MarketplaceOrder } from "@/lib/providers/marketplace";
import { readCursor, writeCursor } from "../sync-cursor";
import type { SyncContext } from "../sync-deps";
import { recordItems } from "../sync-progress";
import { loadHepsiburadaAdapter } from "./hepsiburada-adapter";

/** First import reaches this far back (the ready-to-ship list defaults to 24 h; open lines wait longer). */
export const FIRST_IMPORT_DAYS = 7;

type OrdersCursor = { untilMs: number };

/**
 * orders_in: paid open lines (one row per order until packed) and ready-to-ship packages (one row per package), read in
 * 24-hour windows from the cursor to now. Windows are contiguous, whole minutes, end-exclusive, so nothing falls between
 * runs. An order's open-lines row is dropped once all its lines are in packages.
 */
export async function syncHepsiburadaOrdersIn({ db, runId, integrationId, step, deps }: SyncContext): Promise<void> {
  await step.run("import-orders", async () => {
    const adapter = await loadHepsiburadaAdapter(db, integrationId, deps);
    const now = deps.now?.() ?? new Date();
    const cursor = await readCursor<OrdersCursor>(db, integrationId, "orders_in");
    const since = new Date(cursor?.untilMs ?? now.getTime() - FIRST_IMPORT_DAYS * 86_400_000);
    // Read up to the end of the current minute (OMS dates have minute precision) but resume from its start: the
    // minute still filling up is read again next run (upserts make that harmless) and nothing falls between runs.
    const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000;
    const until = new Date(minuteStart + 60_000);
    const imported: MarketplaceOrder[] = [];
    for await (const order of adapter.listOrders({ since, until })) imported.push(order);
    for (let start = 0; start < imported.length; start += 200) {
      const outcomes = await upsertMarketplaceOrders({ db, integrationId, orders: imported.slice(start, start + 200) });
      await recordItems(
        db,
        runId,
        outcomes.map((o) => ({
          ref: o.orderNumber,
          action: "import",
          result: o.outcome === "unchanged" ? "skipped" : "succeeded",
          counter: o.outcome === "unchanged" ? "skipped" : o.outcome,
          message: `package ${o.packageId}`,
          messageKey: "syncUi.itemNotes.package",
          messageParams: { id: o.packageId },
        })),
      );
    }
    const packed = imported.filter((order) => !order.packageId.startsWith("open-")).map((o) => o.remoteOrderNumber);
    const stillOpen = imported.filter((order) => order.packageId.startsWith("open-")).map((o) => o.packageId);
    if (packed.length > 0)
      await db
        .delete(orders)
        .where(
          and(
            eq(orders.integrationId, integrationId),
            inArray(orders.packageId, packed.map(openLinesKey)),
            stillOpen.length ? notInArray(orders.packageId, stillOpen) : undefined,
          ),
        );
    if (minuteStart > since.getTime()) await writeCursor(db, integrationId, "orders_in", { untilMs: minuteStart });
    return { imported: imported.length };
  });
}
