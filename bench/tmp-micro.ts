import { prepareDatabase } from "./webhook-bench-db";
import { makeDelivery } from "./shopify-deliveries";
import { sql } from "drizzle-orm";
const database = await prepareDatabase("postgres");
process.env.DATABASE_URL = database.env.DATABASE_URL;
const { ingestWebhook } = await import("@/lib/webhooks/ingest-webhook");
const { getDb } = await import("@/db/client");
const db = await getDb();
const N = 4000;
const deliveries = Array.from({ length: N * 4 }, (_, i) => makeDelivery(i));
async function run(label: string, fn: (i: number) => Promise<unknown>, offset: number) {
  const t0 = performance.now(); const c0 = process.cpuUsage();
  let next = 0;
  await Promise.all(Array.from({ length: 10 }, async () => { while (next < N) { const i = next++; await fn(i + offset); } }));
  const cpu = process.cpuUsage(c0);
  console.log(label, ((performance.now() - t0)).toFixed(0), "ms wall", ((cpu.user + cpu.system) / 1000 / N * 1000).toFixed(0), "µs cpu/req");
}
await run("ingest warm", (i) => ingestWebhook({ db, provider: "shopify", rawBody: deliveries[i]!.body, headers: new Headers(deliveries[i]!.headers), ip: "127.0.0.1" }), 0);
await run("raw warm", (i) => db.execute(sql`insert into webhook_events (provider, dedupe_key, provider_event_id, event_type, status, headers, raw_body) values ('shopify', ${deliveries[i]!.id}, ${deliveries[i]!.id}, 'orders/create', 'received', '{}'::jsonb, ${deliveries[i]!.body}) on conflict (provider, dedupe_key) do nothing returning id`), N);
await run("ingest", (i) => ingestWebhook({ db, provider: "shopify", rawBody: deliveries[i]!.body, headers: new Headers(deliveries[i]!.headers), ip: "127.0.0.1" }), 2*N);
await run("raw", (i) => db.execute(sql`insert into webhook_events (provider, dedupe_key, provider_event_id, event_type, status, headers, raw_body) values ('shopify', ${deliveries[i]!.id}, ${deliveries[i]!.id}, 'orders/create', 'received', '{}'::jsonb, ${deliveries[i]!.body}) on conflict (provider, dedupe_key) do nothing returning id`), 3*N);
process.exit(0);
