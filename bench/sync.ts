// npm run bench:sync – 10,000 SKUs of price+stock pushed to the Trendyol fake (time and requests against the fake's
// rate-limit floor), 10,000 orders imported (time and peak RSS growth), 10,000 Shopify variants' stock set against
// the Shopify fake's cost bucket (time against its restore-rate floor), and 10,000 SKUs of price+stock through the
// Hepsiburada fake's upload limits (against their floor). BENCH_ONLY=trendyol|hepsiburada runs one part. PGlite (in a temporary directory) by
// default; BENCH_DATABASE_URL=postgres://… runs on a fresh database on that server instead.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { createTestDatabase } from "@/db/testing";
import { listings, orders, products } from "@/db/schema";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { requestSync } from "@/lib/sync/request-sync";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { inlineStep } from "@/lib/sync/step";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { createTestActor } from "@/lib/testing/actors";
import { benchHepsiburadaPriceStock } from "./hepsiburada-price-stock";
import { FAKE_TRENDYOL, configureTrendyol, insertProducts, productRow } from "@/lib/testing/trendyol-fixture";

const SKUS = 10_000;
const ORDERS = 10_000;
// Trendyol's commonly cited client rule: 50 requests per 10 s.
const RATE_LIMIT = { max: 50, windowMs: 10_000 };

/** The least time the fake's fixed-window limit allows for `requests` sequential requests. */
const rateLimitFloorMs = (requests: number) => Math.floor((requests - 1) / RATE_LIMIT.max) * RATE_LIMIT.windowMs;

type FakeStats = { requests: number; rateLimited: number };
function startFakeProcess(): Promise<{
  child: ChildProcess;
  call: (message: object) => Promise<FakeStats & { baseUrl?: string }>;
}> {
  const child = fork(path.join(import.meta.dirname, "trendyol-fake-process.ts"), { execArgv: ["--import", "tsx"] });
  const call = (message: object) =>
    new Promise<FakeStats & { baseUrl?: string }>((resolve) => {
      child.once("message", (answer) => resolve(answer as FakeStats & { baseUrl?: string }));
      child.send(message);
    });
  return Promise.resolve({ child, call });
}

// The fakes listen on 127.0.0.1, which the outbound guard refuses without this (read lazily, at the first call).
process.env.KOPRU_ALLOW_PRIVATE_BASE_URLS = "1";
const engine = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
let dropDatabase: () => Promise<void>;
let db: Db;
if (engine === "postgres") {
  process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const created = await createTestDatabase("postgres");
  ({ db } = created);
  dropDatabase = created.drop;
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kopru-bench-"));
  const handle = await openDatabase({ pgliteDir: dir });
  db = handle.db;
  dropDatabase = async () => (await handle.close(), rmSync(dir, { recursive: true, force: true }));
}

const { child, call } = await startFakeProcess();
const { baseUrl } = await call({
  type: "start",
  // The highest listing tier: the per-endpoint rule (50 per 10 s) is then the binding limit for price and stock.
  options: { ...FAKE_TRENDYOL, tier: "unlimited", endpointLimit: RATE_LIMIT, batchPollsUntilComplete: 0 },
});
const { actor } = await createTestActor(db, "admin");
await configureTrendyol(db, actor, baseUrl!, { listing_tier: "unlimited" });

async function run(kind: string, deps: SyncDeps) {
  const queued = await requestSync({ db, actor, integrationId: "trendyol", kind, trigger: "manual" });
  await executeSyncRun({ db, runId: queued.id, step: inlineStep(), deps: { pollIntervalMs: 0, ...deps } });
}

await insertProducts(
  db,
  Array.from({ length: SKUS }, (_, i) => productRow(i + 1)),
);
const all = await db.select({ id: products.id, sku: products.sku, barcode: products.barcode }).from(products);
for (let start = 0; start < all.length; start += 1000) {
  const rows = all.slice(start, start + 1000);
  await db.insert(listings).values(
    rows.map((p) => ({
      integrationId: "trendyol",
      productId: p.id,
      sku: p.sku,
      remoteId: p.barcode,
      remoteStatus: "active" as const,
    })),
  );
  await call({ type: "add-products", barcodes: rows.map((p) => ({ barcode: p.barcode!, sku: p.sku })) });
}

const only = process.env.BENCH_ONLY;
if (only !== "trendyol") await benchHepsiburadaPriceStock({ db, actor, skuCounts: [SKUS] });
if (only === "hepsiburada") {
  child.kill();
  await dropDatabase();
  process.exit(0);
}

// Price + stock, twice: batches of 1,000 (the current documented limit) and of 100 (the older one, the worst case).
for (const [index, batchSize] of [1000, 100].entries()) {
  await db.update(products).set({ stock: sql`${products.stock} + 1`, updatedAt: new Date() });
  await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT.windowMs)); // start on a fresh rate-limit window
  await call({ type: "reset-counters" });
  const started = performance.now();
  await run("stock_price_out", { priceStockBatchSize: batchSize });
  const ms = performance.now() - started;
  const stats = await call({ type: "stats" });
  const [accepted] = await db
    .select({ value: count() })
    .from(listings)
    .where(sql`${listings.lastPushedStock} = ${11 + index}`);
  const floor = rateLimitFloorMs(stats.requests - stats.rateLimited);
  const ratio = floor > 0 ? `${(ms / floor).toFixed(2)}× the floor (target ≤ 1.2×)` : "the limit is never reached";
  console.log(
    `price+stock, batches of ${batchSize}: ${accepted?.value}/${SKUS} SKUs accepted in ${(ms / 1000).toFixed(2)} s, ${stats.requests} requests (${stats.rateLimited} answered 429); ` +
      `rate-limit floor ${(floor / 1000).toFixed(1)} s at ${RATE_LIMIT.max}/${RATE_LIMIT.windowMs / 1000} s → ${ratio}`,
  );
}

// Trendyol orders through the stream: 10,000 shipment packages over the last 5 days, imported by orders_in (day
// windows, each walked with getShipmentPackagesStream's cursor, 200 per page). Trendyol asks for ≥ 5 s between stream
// calls; the run here skips that pause (it would only add idle time) and the figure says how much it would add.
await call({ type: "add-orders", count: ORDERS, startMs: Date.now() - 5 * 86_400_000, stepMs: 40_000 });
await call({ type: "reset-counters" });
const gc = (globalThis as { gc?: () => void }).gc;
gc?.(); // a clean baseline (npm run bench:sync passes --expose-gc)
const baseline = process.memoryUsage().rss;
const heapBaseline = process.memoryUsage().heapUsed;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
await run("orders_in", { orderStreamPaceMs: 0 });
const importMs = performance.now() - started;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
gc?.();
const retainedMb = gc
  ? ` retained after GC ${((process.memoryUsage().heapUsed - heapBaseline) / 2 ** 20).toFixed(1)} MB,`
  : "";
const stats = await call({ type: "stats" });
const streamCalls = await call({ type: "stats", path: "/orders/stream" });
const [imported] = await db.select({ value: count() }).from(orders).where(eq(orders.integrationId, "trendyol"));
// The binding limits for order reads at the top tier: 100 per minute for the group, 50 per 10 s per endpoint.
const orderFloorMs = Math.max(
  Math.floor((streamCalls.requests - 1) / 100) * 60_000,
  Math.floor((streamCalls.requests - 1) / RATE_LIMIT.max) * RATE_LIMIT.windowMs,
);
console.log(
  `Trendyol orders through the stream: ${imported?.value}/${ORDERS} packages imported in ${(importMs / 1000).toFixed(2)} s, ` +
    `${streamCalls.requests} stream calls of ${stats.requests} requests (${stats.rateLimited} answered 429); rate-limit floor ` +
    `${(orderFloorMs / 1000).toFixed(1)} s (100/min, 50/10 s), plus ${((Math.max(0, streamCalls.requests - 1) * 5_000) / 1000).toFixed(0)} s of the 5 s pause Trendyol asks for, ` +
    `peak RSS growth ${((peak - baseline) / 2 ** 20).toFixed(1)} MB (target < 50 MB; baseline ${(baseline / 2 ** 20).toFixed(0)} MB, peak ${(peak / 2 ** 20).toFixed(0)} MB),${retainedMb} [${engine}]`,
);

// Shopify: 10,000 variants' stock through stock_price_out against the fake's leaky bucket. Plus-like restore rate
// (1,000 points/s) and a 1,000-point bucket; the floor is the time the bucket needs to restore what the run spent.
const SHOPIFY_BUCKET = { maximumAvailable: 1000, restoreRate: 1000 };
const shopify = fork(path.join(import.meta.dirname, "shopify-fake-process.ts"), { execArgv: ["--import", "tsx"] });
const ask = <T>(message: object) =>
  new Promise<T>((resolve) => {
    shopify.once("message", (answer) => resolve(answer as T));
    shopify.send(message);
  });
const shop = await ask<{ baseUrl: string; locationId: string }>({ type: "start", options: { bucket: SHOPIFY_BUCKET } });
await configureShopifyAt(shop.baseUrl, shop.locationId);
for (let start = 0; start < all.length; start += 1000) {
  const rows = all.slice(start, start + 1000);
  const { refs } = await ask<{ refs: ({ sku: string } & Record<string, string>)[] }>({
    type: "add-variants",
    skus: rows.map((p) => p.sku),
    price: "129.90",
    compareAtPrice: "150.00",
  });
  await db.insert(listings).values(
    rows.map((p, i) => {
      const { productId, variantId, inventoryItemId } = refs[i]!;
      const remoteRefs = { productId: productId!, variantId: variantId!, inventoryItemId: inventoryItemId! };
      return {
        integrationId: "shopify",
        productId: p.id,
        sku: p.sku,
        remoteId: p.barcode,
        remoteStatus: "active" as const,
        remoteRefs,
      };
    }),
  );
}
const before = await ask<{ costSpent: number }>({ type: "stats" });
const shopifyStarted = performance.now();
const shopifyRun = await requestSync({
  db,
  actor,
  integrationId: "shopify",
  kind: "stock_price_out",
  trigger: "manual",
});
await executeSyncRun({ db, runId: shopifyRun.id, step: inlineStep(), deps: { pollIntervalMs: 0 } });
const shopifyMs = performance.now() - shopifyStarted;
const after = await ask<{
  costSpent: number;
  throttled: number;
  graphql: number;
  inventoryChanges: number;
  firstCallAt: number;
  lastCallAt: number;
}>({ type: "stats" });
const spent = after.costSpent - before.costSpent;
const shopifyFloorMs = (Math.max(0, spent - SHOPIFY_BUCKET.maximumAvailable) / SHOPIFY_BUCKET.restoreRate) * 1000;
console.log(
  `Shopify: 10,000 variants' inventory out: ${after.inventoryChanges}/${SKUS} levels set in ${(shopifyMs / 1000).toFixed(2)} s, ` +
    `${after.graphql} GraphQL calls (${after.throttled} answered THROTTLED) over ${((after.lastCallAt - after.firstCallAt) / 1000).toFixed(2)} s, ${spent} cost points; restore-rate floor ` +
    `${(shopifyFloorMs / 1000).toFixed(1)} s at ${SHOPIFY_BUCKET.restoreRate} points/s (bucket ${SHOPIFY_BUCKET.maximumAvailable}) → ` +
    `${(shopifyMs / shopifyFloorMs).toFixed(2)}× the floor (target ≤ 1.2×) [${engine}]`,
);
shopify.kill();

child.kill();
await dropDatabase();

async function configureShopifyAt(baseUrl: string, locationId: string) {
  await saveIntegrationConfig({
    db,
    actor,
    type: "shopify",
    body: {
      is_active: true,
      shop_domain: "kopru-demo.myshopify.com",
      auth_model: "client_credentials",
      client_id: "fake-client-id",
      client_secret: "fake-client-secret",
      location_id: locationId,
      base_url: baseUrl,
    },
  });
}
