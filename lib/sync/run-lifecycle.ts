import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, syncRuns, type SyncRun } from "@/db/schema";
import { observeSyncRunFinished } from "@/lib/operations/observe-sync";

export const MAX_ATTEMPTS = 5 as const;
const BASE_BACKOFF_MS = 15_000;

/** 15 s, 30 s, 60 s, 120 s … doubling per attempt, so a flapping provider is not hammered. */
export const backoffMs = (attempt: number) => BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1);

export async function markRunStarted(db: Db, runId: number): Promise<SyncRun> {
  const [run] = await db
    .update(syncRuns)
    .set({ status: "running", startedAt: sql`coalesce(${syncRuns.startedAt}, now())`, error: null })
    .where(eq(syncRuns.id, runId))
    .returning();
  if (!run) throw new Error(`Sync run ${runId} does not exist`);
  return run;
}

async function touchIntegration(db: Db, run: SyncRun, status: "succeeded" | "failed", error: string | null) {
  await db
    .update(integrations)
    .set({ lastSyncAt: new Date(), lastSyncStatus: status, lastSyncError: error })
    .where(eq(integrations.id, run.integrationId));
}

export async function markRunSucceeded(db: Db, runId: number): Promise<void> {
  const [run] = await db
    .update(syncRuns)
    .set({ status: "succeeded", finishedAt: new Date(), leaseOwner: null, leaseExpiresAt: null, error: null })
    .where(eq(syncRuns.id, runId))
    .returning();
  if (!run) return;
  await touchIntegration(db, run, "succeeded", null);
  await observeSyncRunFinished(db, run, "succeeded");
}

/** Final failure: the run is failed and the integration shows it (each failed attempt already went into its issue). */
export async function markRunFailed(db: Db, runId: number, error: string): Promise<void> {
  const [run] = await db
    .update(syncRuns)
    .set({ status: "failed", finishedAt: new Date(), leaseOwner: null, leaseExpiresAt: null, error })
    .where(and(eq(syncRuns.id, runId)))
    .returning();
  if (!run) return;
  await touchIntegration(db, run, "failed", error);
  await observeSyncRunFinished(db, run, "failed");
}

/** A failed attempt: back to the queue after a backoff, or failed for good after MAX_ATTEMPTS. */
export async function handleAttemptFailure(
  db: Db,
  run: Pick<SyncRun, "id" | "attempts" | "maxAttempts">,
  error: string,
  now = new Date(),
) {
  if (run.attempts >= run.maxAttempts) {
    await markRunFailed(db, run.id, error);
    return "failed" as const;
  }
  await db
    .update(syncRuns)
    .set({
      status: "queued",
      error,
      leaseOwner: null,
      leaseExpiresAt: null,
      runAfter: new Date(now.getTime() + backoffMs(run.attempts)),
    })
    .where(eq(syncRuns.id, run.id));
  return "retrying" as const;
}

export const describeError = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 2000);
