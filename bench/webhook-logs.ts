// npm run bench:webhook-logs – the webhook log's queries at 100,000 rows: first page, a page deep into the keyset,
// filters, and payload search, on PGlite and (when reachable) Postgres. Prints the median of 5 runs per query.
import net from "node:net";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import { listWebhookEvents, type WebhookFilter } from "@/lib/webhooks/list-webhook-events";
import { makeDelivery } from "./shopify-deliveries";

const ROWS = 100_000;
const STATUSES = ["processed", "processed", "processed", "failed", "ignored", "rejected"];

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });

process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const engines = [
  "pglite",
  ...((await canConnect(5432)) || process.env.BENCH_DATABASE_URL ? ["postgres" as const] : []),
] as const;

for (const engine of engines) {
  const database = await createTestDatabase(engine);
  const { db } = database;
  const started = performance.now();
  let sampleEventId = "";
  for (let start = 0; start < ROWS; start += 1000) {
    const values = Array.from({ length: 1000 }, (_, offset) => {
      const i = start + offset;
      const delivery = makeDelivery(i);
      if (i === 12_345) sampleEventId = delivery.id;
      return sql`('shopify', ${delivery.id}, ${delivery.id}, ${i % 7 === 0 ? "orders/paid" : "orders/create"}, ${STATUSES[i % STATUSES.length]}::webhook_status,
        ${i % 10 === 0}, '{}'::jsonb, ${delivery.body}, now() - (${ROWS - i} * interval '1 second'))`;
    });
    await db.execute(sql`insert into webhook_events (provider, dedupe_key, provider_event_id, event_type, status, is_test, headers, raw_body, received_at)
      values ${sql.join(values, sql`, `)}`);
  }
  await db.execute(sql`analyze webhook_events`);
  console.log(`[${engine}] inserted ${ROWS} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const deep = (await listWebhookEvents({ db, filter: { limit: 50, before: 40_000 } })).items[0]!.id;
  const queries: [string, WebhookFilter][] = [
    ["first page", {}],
    ["page at row 60,000 (keyset)", { before: deep }],
    ["status=failed", { status: "failed" }],
    ["type + status + test", { type: "orders/paid", status: "processed", test: "real" }],
    [
      "date range (1 hour)",
      { from: new Date(Date.now() - 7_200_000).toISOString(), to: new Date(Date.now() - 3_600_000).toISOString() },
    ],
    ["search payload text (musteri123@example.com)", { q: "musteri123@example.com" }],
    ["search provider event id", { q: sampleEventId }],
  ];
  for (const [label, filter] of queries) {
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      found = (await listWebhookEvents({ db, filter })).items.length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label}: ${times[2]!.toFixed(1)} ms median (${found} rows on the page)`);
  }
  await database.drop();
}
