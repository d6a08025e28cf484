import { and, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns, webhookEvents } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { purgeLoginAttempts } from "@/lib/auth/login-throttle";
import { purgeOldIssues } from "@/lib/issues/purge-old-issues";
import { alertStaleWebhooks } from "./alert-stale-webhooks";

export const DEFAULT_RETENTION_DAYS = 30;
/** Deliveries that failed verification are kept a week at most: enough to diagnose a wrong secret. */
export const REJECTED_RETENTION_DAYS = 7;
/** Only events whose story is over are purged; received, processing, failed and held (skipped) ones stay. */
const TERMINAL = ["processed", "ignored", "rejected"] as const;
const BATCH = 5_000;
const DAY_MS = 86_400_000;

async function deleteInBatches(purge: () => Promise<unknown[]>): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await purge();
    total += rows.length;
    if (rows.length < BATCH) return total;
  }
}

/**
 * Deletes terminal webhook events and finished sync runs (with their items) older than the retention, and rejected
 * deliveries after a week, and login attempts after a day, in batches so a large purge never holds long locks. Nothing answered 2xx and not yet
 * resolved is ever purged: such events older than a week raise an alert instead.
 */
export async function purgeOldLogs(options: {
  db: Db;
  now?: Date;
  retentionDays?: number;
}): Promise<{ webhookEvents: number; syncRuns: number; staleWebhookAlerts: number; loginAttempts: number }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const days = options.retentionDays ?? getEnv().KOPRU_LOG_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS;
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const rejectedCutoff = new Date(now.getTime() - Math.min(days, REJECTED_RETENTION_DAYS) * DAY_MS);
  const purgeEvents = (where: SQL | undefined) => () =>
    db
      .delete(webhookEvents)
      .where(inArray(webhookEvents.id, sql`(select id from ${webhookEvents} where ${where} limit ${BATCH})`))
      .returning({ id: webhookEvents.id });
  const purgedEvents =
    (await deleteInBatches(
      purgeEvents(and(lt(webhookEvents.receivedAt, cutoff), inArray(webhookEvents.status, TERMINAL))),
    )) +
    (await deleteInBatches(
      purgeEvents(and(lt(webhookEvents.receivedAt, rejectedCutoff), inArray(webhookEvents.status, ["rejected"]))),
    ));
  const purgedRuns = await deleteInBatches(() =>
    db
      .delete(syncRuns)
      .where(
        inArray(
          syncRuns.id,
          sql`(select id from ${syncRuns} where ${and(lt(syncRuns.createdAt, cutoff), inArray(syncRuns.status, ["succeeded", "failed", "cancelled"]))} limit ${BATCH})`,
        ),
      )
      .returning({ id: syncRuns.id }),
  );
  await purgeOldIssues({ db, cutoff });
  const purgedAttempts = await purgeLoginAttempts({ db, now });
  const staleWebhookAlerts = await alertStaleWebhooks({ db, now });
  return { webhookEvents: purgedEvents, syncRuns: purgedRuns, staleWebhookAlerts, loginAttempts: purgedAttempts };
}
