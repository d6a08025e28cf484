import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import type { MarketplaceClaim, MarketplaceOrder } from "@/lib/providers/marketplace";
import { upsertClaims } from "@/lib/orders/upsert-claims";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { SyncContext } from "../sync-deps";
import { readCursor, writeCursor } from "../sync-cursor";
import { recordItems } from "../sync-progress";
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import { timeWindows } from "../time-windows";

/** First import reaches this far back; adapters split the range into the windows their marketplace allows. */
export const FIRST_IMPORT_DAYS = 14;
/**
 * The cursor moves at window ends only: a marketplace may walk a window newest first (Trendyol's stream), so the time
 * up to which everything has been imported is known once the window is done. 14 days is Trendyol's widest stream
 * window (fewest calls, each ≥ 5 s apart); a crash re-reads at most one window, and upserts make that harmless.
 */
export const CHECKPOINT_WINDOW_MS = 14 * 86_400_000;
/** Re-read a little before the cursor: packages modified in the same millisecond, or late to index, are not missed. */
export const CURSOR_OVERLAP_MS = 5 * 60 * 1000;
const CHUNK = 200;
const CLAIMS_CURSOR = "orders_in:claims";

type OrdersCursor = { lastModifiedMs: number };

/** A cursor written by an older sync in another shape counts as none: the first import re-reads, upserts converge. */
const cursorMs = (cursor: OrdersCursor | null) =>
  cursor && Number.isFinite(cursor.lastModifiedMs) ? cursor.lastModifiedMs : null;

/** Drops rows a package read in this window supersedes, unless the same window still returned them. */
async function dropReplaced(db: Db, integrationId: string, replaced: Set<string>, seen: Set<string>) {
  const gone = [...replaced].filter((packageId) => !seen.has(packageId));
  if (gone.length === 0) return;
  await db.delete(orders).where(and(eq(orders.integrationId, integrationId), inArray(orders.packageId, gone)));
}

/**
 * orders_in: imports shipment packages modified since the persisted cursor, upserting on the package id (newer wins).
 * Windows oldest first; the cursor advances after each completed window, so a crash resumes there and a package
 * is created once however often it is read again.
 */
export async function syncOrdersIn({ db, runId, integrationId, step, deps }: SyncContext): Promise<void> {
  await step.run("import-orders", async () => {
    const adapter = await loadMarketplaceAdapter({ db, integrationId, deps });
    if (!adapter.listOrders) throw new Error(`${integrationId} cannot list orders`);
    const now = deps.now?.() ?? new Date();
    const cursor = cursorMs(await readCursor<OrdersCursor>(db, integrationId, "orders_in"));
    const since = cursor !== null ? cursor - CURSOR_OVERLAP_MS : now.getTime() - FIRST_IMPORT_DAYS * 86_400_000;
    let highWater = cursor ?? since;
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
          messageKey: "syncUi.itemNotes.package",
          messageParams: { id: o.packageId },
        })),
      );
      pending = [];
    };

    for (const window of timeWindows(since, now.getTime(), CHECKPOINT_WINDOW_MS)) {
      const seen = new Set<string>();
      const replaced = new Set<string>();
      for await (const order of adapter.listOrders({
        since: new Date(window.startMs),
        until: new Date(window.endMs),
      })) {
        seen.add(order.packageId);
        for (const packageId of order.replaces ?? []) replaced.add(packageId);
        pending.push(order);
        if (pending.length >= CHUNK) await flush();
      }
      if (pending.length) await flush();
      await dropReplaced(db, integrationId, replaced, seen);
      highWater = Math.max(highWater, window.endMs);
      await writeCursor(db, integrationId, "orders_in", { lastModifiedMs: highWater });
    }
    return { highWater };
  });

  // Claims (returns) ride on the orders sync where the marketplace has them: onto their orders, newer wins, own cursor.
  await step.run("import-claims", async () => {
    const adapter = await loadMarketplaceAdapter({ db, integrationId, deps });
    if (!adapter.listClaims) return;
    const now = deps.now?.() ?? new Date();
    const cursor = cursorMs(await readCursor<OrdersCursor>(db, integrationId, CLAIMS_CURSOR));
    const since = cursor !== null ? cursor - CURSOR_OVERLAP_MS : now.getTime() - FIRST_IMPORT_DAYS * 86_400_000;
    let pending: MarketplaceClaim[] = [];
    const flush = async () => {
      const outcomes = await upsertClaims({ db, integrationId, claims: pending });
      await recordItems(
        db,
        runId,
        outcomes.map((o) => ({
          ref: o.orderNumber,
          action: "import_claim",
          result: o.outcome === "unchanged" ? "skipped" : "succeeded",
          counter: o.outcome === "unchanged" ? "skipped" : o.outcome,
          message: `claim ${o.claimId}`,
          messageKey: "syncUi.itemNotes.claim",
          messageParams: { id: o.claimId },
        })),
      );
      pending = [];
    };
    for await (const claim of adapter.listClaims({ since: new Date(since), until: now })) {
      pending.push(claim);
      if (pending.length >= CHUNK) await flush();
    }
    if (pending.length) await flush();
    await writeCursor(db, integrationId, CLAIMS_CURSOR, { lastModifiedMs: now.getTime() });
  });
}
