import { sql } from "drizzle-orm";
import { Gauge, Registry } from "prom-client";
import type { Db } from "@/db/client";
import { issues, syncRuns, webhookEvents } from "@/db/schema";
import { getMetrics } from "./metrics";

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * The exposition text: the process's counters plus gauges read from the database now (queue depth, open issues),
 * so every instance reports the same shared state.
 */
export async function scrapeMetrics(options: { db: Db }): Promise<{ contentType: string; body: string }> {
  const { db } = options;
  const live = new Registry();
  const pendingEvents = new Gauge({
    name: "kopru_webhook_events_pending",
    help: "Webhook events waiting to be processed (received, or failed and due for another attempt)",
    labelNames: ["provider", "status"] as const,
    registers: [live],
  });
  const queuedRuns = new Gauge({
    name: "kopru_sync_runs_queued",
    help: "Sync runs waiting for a runner",
    labelNames: ["integration"] as const,
    registers: [live],
  });
  const openIssues = new Gauge({
    name: "kopru_open_issues",
    help: "Issues that are open or acknowledged, by integration and kind",
    labelNames: ["integration", "kind"] as const,
    registers: [live],
  });
  const [events, runs, open] = await Promise.all([
    db.execute(sql`select provider, status::text as status, count(*)::int as n from ${webhookEvents}
      where status in ('received', 'failed') and (status = 'received' or next_attempt_at is not null)
      group by provider, status`),
    db.execute(
      sql`select integration_id, count(*)::int as n from ${syncRuns} where status = 'queued' group by integration_id`,
    ),
    db.execute(sql`select integration_id, kind, count(*)::int as n from ${issues}
      where status in ('open', 'acknowledged') group by integration_id, kind`),
  ]);
  for (const row of rowsOf<{ provider: string; status: string; n: number }>(events))
    pendingEvents.set({ provider: row.provider, status: row.status }, Number(row.n));
  for (const row of rowsOf<{ integration_id: string; n: number }>(runs))
    queuedRuns.set({ integration: row.integration_id }, Number(row.n));
  for (const row of rowsOf<{ integration_id: string; kind: string; n: number }>(open))
    openIssues.set({ integration: row.integration_id, kind: row.kind }, Number(row.n));
  const merged = Registry.merge([getMetrics().registry, live]);
  return { contentType: merged.contentType, body: await merged.metrics() };
}
