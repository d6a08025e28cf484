import { and, eq, isNull, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns } from "@/db/schema";
import { dispatchSyncRun } from "@/lib/runner/dispatch";
import { describeError, markRunFailed } from "./run-lifecycle";

/** A queued run not handed to Inngest this long after it was created had its hand-off fail: send it again. */
export const HAND_OFF_GRACE_MS = 60_000;
/** Steps beat at least this often while a run is alive; a longer silence means the run was lost. */
export const STALE_HEARTBEAT_MS = 15 * 60_000;

type SyncDispatch = typeof dispatchSyncRun;

/** Sends a queued run to the runner and notes that it went; a failure leaves it for the next sweep. */
export async function handOffSyncRun(options: {
  db: Db;
  run: Parameters<SyncDispatch>[0];
  dispatch?: SyncDispatch;
}): Promise<boolean> {
  try {
    await (options.dispatch ?? dispatchSyncRun)(options.run);
  } catch (error) {
    console.warn(`[köprü] sync run ${options.run.id}: hand-off failed: ${describeError(error)}`);
    return false;
  }
  await options.db
    .update(syncRuns)
    .set({ dispatchedAt: new Date(), error: null })
    .where(eq(syncRuns.id, options.run.id));
  return true;
}

/**
 * Inngest mode's safety net, every few minutes: re-sends queued runs whose hand-off failed (the event id is stable,
 * so a send that did arrive is not doubled), and fails running runs without a heartbeat for 15 minutes, so they can
 * be retried instead of blocking their integration and kind forever. Idempotent.
 */
export async function sweepSyncRuns(options: {
  db: Db;
  now?: Date;
  dispatch?: SyncDispatch;
}): Promise<{ resent: number; failed: number }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const unsent = await db
    .select()
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.status, "queued"),
        isNull(syncRuns.dispatchedAt),
        lt(syncRuns.createdAt, new Date(now.getTime() - HAND_OFF_GRACE_MS)),
        lte(syncRuns.runAfter, now),
      ),
    )
    .orderBy(syncRuns.id)
    .limit(100);
  let resent = 0;
  for (const run of unsent) if (await handOffSyncRun({ db, run, dispatch: options.dispatch })) resent += 1;

  const staleBefore = new Date(now.getTime() - STALE_HEARTBEAT_MS);
  const lost = await db
    .select({ id: syncRuns.id, heartbeatAt: syncRuns.heartbeatAt })
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.status, "running"),
        // Embedded runs hold a lease, which the runner itself reclaims when it lapses.
        isNull(syncRuns.leaseOwner),
        lt(
          sql`coalesce(${syncRuns.heartbeatAt}, ${syncRuns.startedAt}, ${syncRuns.createdAt})`,
          staleBefore.toISOString(),
        ),
      ),
    )
    .limit(100);
  for (const run of lost) {
    const minutes = Math.round(STALE_HEARTBEAT_MS / 60_000);
    await markRunFailed(
      db,
      run.id,
      `No heartbeat for ${minutes} minutes: the run was lost. Retry it to run it again.`,
      {
        key: "syncUi.errors.lost",
        params: { minutes },
      },
    );
  }
  return { resent, failed: lost.length };
}
