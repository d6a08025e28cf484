// The yardstick for bench:webhooks: a bare node:http server doing only what the pipeline must (read the raw body,
// verify Shopify's HMAC, INSERT … ON CONFLICT DO NOTHING into webhook_events), nothing else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { BENCH_SHOP } from "./shopify-deliveries";

const handle = await openDatabase({
  url: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DIR || undefined,
});
const { db } = handle;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    const raw = Buffer.concat(chunks);
    const given = Buffer.from(String(req.headers["x-shopify-hmac-sha256"] ?? ""), "base64");
    const expected = createHmac("sha256", BENCH_SHOP.client_secret).update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401).end();
      return;
    }
    const id = String(req.headers["x-shopify-webhook-id"]);
    const rows = await db.execute(sql`
      insert into webhook_events (provider, dedupe_key, provider_event_id, event_type, status, headers, raw_body)
      values ('shopify', ${id}, ${id}, 'orders/create', 'received', '{}'::jsonb, ${raw.toString("utf8")})
      on conflict (provider, dedupe_key) do nothing returning id`);
    const inserted = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows).length > 0;
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(inserted ? '{"received":true}' : '{"duplicate":true}');
  });
});
server.listen(Number(process.env.PORT ?? 3211), "127.0.0.1", () => console.log("bare server ready"));
process.on("SIGTERM", () => void handle.close().finally(() => process.exit(0)));
