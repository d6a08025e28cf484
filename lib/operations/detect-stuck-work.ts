import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issues, syncRuns, webhookEvents } from "@/db/schema";
import { recordFailures } from "@/lib/issues/record-failure";
import { recordSuccess } from "@/lib/issues/record-success";

const LIMIT = 500;

/**
 * Finds work that has waited longer than `stuckAfterMinutes`: webhook events still received (or failed with a retry
 * pending), and sync runs runnable but not picked up. Each becomes one occurrence of a `stuck_work` issue per
 * integration; an integration with nothing stuck any more has its stuck issue resolved.
 */
export async function detectStuckWork(options: { db: Db; stuckAfterMinutes: number; now?: Date }) {
  const { db } = options;
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.stuckAfterMinutes * 60_000);
  const events = await db
    .select({ id: webhookEvents.id, integrationId: webhookEvents.integrationId, provider: webhookEvents.provider })
    .from(webhookEvents)
    .where(
      and(
        sql`(${webhookEvents.status} = 'received' or (${webhookEvents.status} = 'failed' and ${webhookEvents.nextAttemptAt} is not null))`,
        sql`${webhookEvents.receivedAt} < ${cutoff.toISOString()}::timestamptz`,
      ),
    )
    .limit(LIMIT);
  const runs = await db
    .select({ id: syncRuns.id, integrationId: syncRuns.integrationId })
    .from(syncRuns)
    .where(and(eq(syncRuns.status, "queued"), sql`${syncRuns.runAfter} < ${cutoff.toISOString()}::timestamptz`))
    .limit(LIMIT);

  const stuck = new Map<string, { operation: "webhooks" | "sync_runs"; ids: number[] }>();
  const add = (integrationId: string, operation: "webhooks" | "sync_runs", id: number) => {
    const key = `${integrationId}|${operation}`;
    const entry = stuck.get(key) ?? { operation, ids: [] };
    entry.ids.push(id);
    stuck.set(key, entry);
  };
  for (const event of events) add(event.integrationId ?? event.provider, "webhooks", event.id);
  for (const run of runs) add(run.integrationId, "sync_runs", run.id);

  for (const [key, { operation, ids }] of stuck) {
    const integrationId = key.split("|")[0]!;
    const message =
      operation === "webhooks"
        ? `Webhook events have waited more than ${options.stuckAfterMinutes} minutes to be processed`
        : `Sync runs have waited more than ${options.stuckAfterMinutes} minutes for a runner`;
    await recordFailures({
      db,
      integrationId,
      kind: "stuck_work",
      operation,
      now,
      occurrences: ids.map((id) => ({
        message,
        ...(operation === "webhooks" ? { webhookEventId: id } : { syncRunId: id }),
        dedupeKey: `${operation}:${id}`,
      })),
    });
  }
  const open = await db
    .selectDistinct({ integrationId: issues.integrationId, operation: issues.operation })
    .from(issues)
    .where(and(eq(issues.kind, "stuck_work"), inArray(issues.status, ["open", "acknowledged", "muted"])));
  for (const issue of open)
    if (!stuck.has(`${issue.integrationId}|${issue.operation}`))
      await recordSuccess({ db, ...issue, kinds: ["stuck_work"], now, force: true });
  return { webhookEvents: events.length, syncRuns: runs.length };
}
