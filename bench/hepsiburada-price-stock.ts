// bench:sync, Hepsiburada part: price+stock for N SKUs pushed through the fake's upload limits (≤ 4,000 items per
// upload, ≤ 5 in flight, each upload taking the fake's processing time), against the least time those limits allow.
import { fork } from "node:child_process";
import path from "node:path";
import { count, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { UPLOAD_MAX_ITEMS, UPLOADS_IN_FLIGHT } from "@/lib/providers/hepsiburada";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { requestSync } from "@/lib/sync/request-sync";
import { inlineStep } from "@/lib/sync/step";
import { configureHepsiburada, FAKE_HEPSIBURADA } from "@/lib/testing/hepsiburada-fixture";

/** How long the fake takes to process an upload: a fixed part plus per item (Hepsiburada publishes no figure). */
const PROCESSING = { fixed: 1_000, perItem: 1 };
const POLL_MS = 250;

type Stats = { requests: number; rateLimited: number; uploads: number; peakUploadsInFlight: number; baseUrl?: string };

/**
 * The least time the upload limits allow for `items`, whatever the split: at most 5 uploads process at once, so the
 * busiest slot carries at least a fifth of the items, and at ≤ 4,000 per upload it needs at least ⌈items / 20,000⌉
 * uploads, each paying the fixed part. (The earlier figure assumed full 4,000-item uploads: 5.0 s for 10,000 items,
 * where five uploads of 2,000 take 3.0 s.)
 */
export function uploadFloorMs(items: number): number {
  const rounds = Math.ceil(items / (UPLOAD_MAX_ITEMS * UPLOADS_IN_FLIGHT));
  return rounds * PROCESSING.fixed + PROCESSING.perItem * Math.ceil(items / UPLOADS_IN_FLIGHT);
}

export async function benchHepsiburadaPriceStock(options: { db: Db; actor: Actor; skuCounts: number[] }) {
  const { db, actor } = options;
  const child = fork(path.join(import.meta.dirname, "hepsiburada-fake-process.ts"), { execArgv: ["--import", "tsx"] });
  const call = (message: object) =>
    new Promise<Stats>((resolve) => {
      child.once("message", (answer) => resolve(answer as Stats));
      child.send(message);
    });
  const { baseUrl } = await call({
    type: "start",
    options: { ...FAKE_HEPSIBURADA, uploadProcessingMs: PROCESSING },
  });
  await configureHepsiburada(db, actor, baseUrl!);
  const all = await db.select({ sku: products.sku }).from(products).orderBy(products.id);
  let listed = 0;
  for (const skus of options.skuCounts) {
    if (skus > all.length) throw new Error(`bench needs ${skus} products, has ${all.length}`);
    for (let start = listed; start < skus; start += 5_000)
      await call({ type: "add-listings", skus: all.slice(start, Math.min(skus, start + 5_000)).map((p) => p.sku) });
    listed = Math.max(listed, skus);
    const run = async () => {
      await db.update(products).set({ stock: sql`${products.stock} + 1`, updatedAt: new Date() });
      await call({ type: "reset-counters" });
      const started = performance.now();
      const queued = await requestSync({
        db,
        actor,
        integrationId: "hepsiburada",
        kind: "stock_price_out",
        trigger: "manual",
      });
      await executeSyncRun({ db, runId: queued.id, step: inlineStep(), deps: { pollIntervalMs: POLL_MS } });
      return performance.now() - started;
    };
    // The first run also reads and links every listing (re-read hourly after that); then a steady-state run is timed.
    const coldMs = await run();
    console.log(
      `Hepsiburada price+stock, ${skus} SKUs, first run (also reads and links ${skus} listings): ${(coldMs / 1000).toFixed(2)} s`,
    );
    const ms = await run();
    const stats = await call({ type: "stats" });
    const [accepted] = await db.select({ value: count() }).from(listings)
      .where(sql`${listings.integrationId} = 'hepsiburada' and ${listings.lastPushedStock} is not null
        and ${listings.lastPushedAt} >= ${new Date(Date.now() - ms - 1000).toISOString()}::timestamptz`);
    const floor = uploadFloorMs(skus);
    console.log(
      `Hepsiburada price+stock, ${skus} SKUs, steady state: ${accepted?.value}/${skus} accepted in ${(ms / 1000).toFixed(2)} s, ` +
        `${stats.uploads} uploads (peak ${stats.peakUploadsInFlight} in flight), ${stats.requests} requests; upload-limit floor ` +
        `${(floor / 1000).toFixed(1)} s (any split; ≤ ${UPLOAD_MAX_ITEMS} items/upload, ≤ ${UPLOADS_IN_FLIGHT} in flight, ` +
        `${PROCESSING.fixed} ms + ${PROCESSING.perItem} ms/item each) → ${(ms / floor).toFixed(2)}× the floor (target ≤ 1.2×)`,
    );
  }
  child.kill();
}
