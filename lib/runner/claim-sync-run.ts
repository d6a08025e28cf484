import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns, type SyncRun } from "@/db/schema";

/**
 * Claims the next runnable sync run for `owner`: a queued run whose backoff has passed, or a running one whose lease
 * expired (its runner died). `FOR UPDATE SKIP LOCKED` lets concurrent runners claim different runs, never the same.
 */
export async function claimSyncRun(options: { db: Db; owner: string; leaseMs: number }): Promise<SyncRun | null> {
  const { db, owner, leaseMs } = options;
  const rows = await db.execute(sql`
    update ${syncRuns} set
      status = 'running',
      lease_owner = ${owner},
      lease_expires_at = now() + (${leaseMs} * interval '1 millisecond'),
      attempts = attempts + 1
    where id = (
      select id from ${syncRuns}
      where (status = 'queued' and run_after <= now()) or (status = 'running' and lease_expires_at < now())
      order by run_after, id
      limit 1
      for update skip locked
    )
    returning id`);
  const id = (Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows)[0]?.id as number | undefined;
  if (!id) return null;
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, id));
  return run ?? null;
}

/** Extends a lease while work goes on; returns false when the lease was lost to another runner. */
export async function renewLease(options: { db: Db; runId: number; owner: string; leaseMs: number }): Promise<boolean> {
  const rows = await options.db
    .update(syncRuns)
    .set({ leaseExpiresAt: sql`now() + (${options.leaseMs} * interval '1 millisecond')` })
    .where(
      sql`${syncRuns.id} = ${options.runId} and ${syncRuns.leaseOwner} = ${options.owner} and ${syncRuns.status} = 'running'`,
    )
    .returning({ id: syncRuns.id });
  return rows.length > 0;
}
