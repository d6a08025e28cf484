import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, syncRuns, type SyncRun } from "@/db/schema";
import { ProviderError } from "@/lib/errors";
import type { KeyedMessage } from "@/lib/i18n/keyed-message";
import { keyedMessageOf } from "@/lib/i18n/keyed-message";
import { observeSyncRunFinished } from "@/lib/operations/observe-sync";

export const MAX_ATTEMPTS = 5 as const;
const BASE_BACKOFF_MS = 15_000;

/** 15 s, 30 s, 60 s, 120 s … doubling per attempt, so a flapping provider is not hammered. */
export const backoffMs = (attempt: number) => BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1);

/** Thrown at a step boundary when the run was cancelled, finished elsewhere, or its lease went to another runner. */
export class SyncRunStoppedError extends Error {
  constructor(runId: number) {
    super(`Sync run ${runId} was stopped: it was cancelled, finished elsewhere, or taken over by another runner`);
    this.name = "SyncRunStoppedError";
  }
}

const isPending = sql`${syncRuns.status} in ('queued', 'running')`;

/** Starts (or resumes) a queued or running run; a cancelled or finished one is not started again. */
export async function markRunStarted(db: Db, runId: number): Promise<SyncRun> {
  const [run] = await db
    .update(syncRuns)
    .set({
      status: "running",
      startedAt: sql`coalesce(${syncRuns.startedAt}, now())`,
      heartbeatAt: sql`now()`,
      error: null,
      errorKey: null,
      errorParams: null,
    })
    .where(and(eq(syncRuns.id, runId), isPending))
    .returning();
  if (!run) throw new SyncRunStoppedError(runId);
  return run;
}

/**
 * Records that the run is alive, before each step. Throws SyncRunStoppedError when it is no longer running, or (with
 * `leaseOwner`, in the embedded runner) when another runner holds its lease: the work stops at that step boundary.
 */
export async function beatRunHeartbeat(db: Db, runId: number, leaseOwner?: string): Promise<void> {
  const rows = await db
    .update(syncRuns)
    .set({ heartbeatAt: sql`now()` })
    .where(
      and(
        eq(syncRuns.id, runId),
        eq(syncRuns.status, "running"),
        leaseOwner === undefined ? undefined : eq(syncRuns.leaseOwner, leaseOwner),
      ),
    )
    .returning({ id: syncRuns.id });
  if (rows.length === 0) throw new SyncRunStoppedError(runId);
}

async function touchIntegration(db: Db, run: SyncRun, status: "succeeded" | "failed", error: string | null) {
  await db
    .update(integrations)
    .set({ lastSyncAt: new Date(), lastSyncStatus: status, lastSyncError: error })
    .where(eq(integrations.id, run.integrationId));
}

/**
 * The run's work is done. It succeeded unless every item it handled failed: then nothing got through and it is
 * failed, honestly (a run with some failed items is "completed with errors" in the console).
 */
export async function markRunSucceeded(db: Db, runId: number): Promise<void> {
  const allFailed = sql`${syncRuns.failed} > 0 and ${syncRuns.failed} = ${syncRuns.seen}`;
  const [run] = await db
    .update(syncRuns)
    .set({
      status: sql`case when ${allFailed} then 'failed'::sync_status else 'succeeded'::sync_status end`,
      finishedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
      error: sql`case when ${allFailed} then 'All ' || ${syncRuns.failed} || ' items failed' end`,
      errorKey: sql`case when ${allFailed} then 'syncUi.errors.allItemsFailed' end`,
      errorParams: sql`case when ${allFailed} then jsonb_build_object('count', ${syncRuns.failed}) end`,
    })
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.status, "running")))
    .returning();
  if (!run) return;
  const outcome = run.status === "failed" ? "failed" : "succeeded";
  await touchIntegration(db, run, outcome, run.error);
  await observeSyncRunFinished(db, run, outcome);
}

/**
 * Final failure: the run is failed and the integration shows it (each failed attempt already went into its issue). A
 * run that was cancelled or already finished keeps its outcome.
 */
export async function markRunFailed(db: Db, runId: number, error: string, keyed?: KeyedMessage): Promise<void> {
  const [run] = await db
    .update(syncRuns)
    .set({
      status: "failed",
      finishedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
      error,
      errorKey: keyed?.key ?? null,
      errorParams: keyed?.params ?? null,
    })
    .where(and(eq(syncRuns.id, runId), isPending))
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
  keyed?: KeyedMessage,
) {
  if (run.attempts >= run.maxAttempts) {
    await markRunFailed(db, run.id, error, keyed);
    return "failed" as const;
  }
  await db
    .update(syncRuns)
    .set({
      status: "queued",
      error,
      errorKey: keyed?.key ?? null,
      errorParams: keyed?.params ?? null,
      leaseOwner: null,
      leaseExpiresAt: null,
      runAfter: new Date(now.getTime() + backoffMs(run.attempts)),
    })
    .where(eq(syncRuns.id, run.id));
  return "retrying" as const;
}

export const describeError = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/** The translatable form of a run's error, when our code raised it with a message key. */
export const describeErrorKeyed = (error: unknown): KeyedMessage | undefined =>
  keyedMessageOf(error) ??
  (error instanceof ProviderError ? { key: `syncUi.itemErrors.provider.${error.kind}` } : undefined);
