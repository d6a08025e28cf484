import { and, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns, webhookEvents } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { purgeOldIssues } from "@/lib/issues/purge-old-issues";

export const DEFAULT_RETENTION_DAYS = 30;
const BATCH = 5_000;

/**
 * Deletes webhook events and finished sync runs (with their items) older than the retention, in batches so a large
 * purge never holds long locks. Queued or running syncs are kept whatever their age.
 */
export async function purgeOldLogs(options: {
  db: Db;
  now?: Date;
  retentionDays?: number;
}): Promise<{ webhookEvents: number; syncRuns: number }> {
  const days = options.retentionDays ?? getEnv().KOPRU_LOG_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS;
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * 86_400_000);
  const purged = { webhookEvents: 0, syncRuns: 0 };
  for (;;) {
    const rows = await options.db
      .delete(webhookEvents)
      .where(
        inArray(
          webhookEvents.id,
          sql`(select id from ${webhookEvents} where ${webhookEvents.receivedAt} < ${cutoff.toISOString()} limit ${BATCH})`,
        ),
      )
      .returning({ id: webhookEvents.id });
    purged.webhookEvents += rows.length;
    if (rows.length < BATCH) break;
  }
  for (;;) {
    const rows = await options.db
      .delete(syncRuns)
      .where(
        inArray(
          syncRuns.id,
          sql`(select id from ${syncRuns} where ${and(lt(syncRuns.createdAt, cutoff), inArray(syncRuns.status, ["succeeded", "failed"]))} limit ${BATCH})`,
        ),
      )
      .returning({ id: syncRuns.id });
    purged.syncRuns += rows.length;
    if (rows.length < BATCH) break;
  }
  await purgeOldIssues({ db: options.db, cutoff });
  return purged;
}
