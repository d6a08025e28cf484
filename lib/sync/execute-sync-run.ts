import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns } from "@/db/schema";
import { observeSyncAttemptFailed } from "@/lib/operations/observe-sync";
import { findSyncHandler } from "@/lib/providers/registry";
import {
  beatRunHeartbeat,
  describeError,
  markRunStarted,
  markRunSucceeded,
  SyncRunStoppedError,
} from "./run-lifecycle";
import type { SyncDeps } from "./sync-deps";
import type { StepRunner } from "./step";

/**
 * Runs one sync run to success, or throws for the caller (Inngest or the embedded runner) to retry or fail it.
 * Shared by both: the same steps, the same lib code. Each step first records the run's heartbeat; a run that was
 * cancelled, or whose lease (`leaseOwner`, embedded runner) was lost, stops there with SyncRunStoppedError, or the
 * caller's own error for it (`toStopError`: Inngest's NonRetriableError). The check runs inside the step, so replays
 * of memoised steps never repeat it.
 */
export async function executeSyncRun(options: {
  db: Db;
  runId: number;
  step: StepRunner;
  deps?: SyncDeps;
  leaseOwner?: string;
  toStopError?: (error: SyncRunStoppedError) => Error;
}): Promise<void> {
  const { db, runId, deps = {} } = options;
  const guarded =
    <T>(fn: () => Promise<T>) =>
    async (): Promise<T> => {
      try {
        return await fn();
      } catch (error) {
        throw error instanceof SyncRunStoppedError && options.toStopError ? options.toStopError(error) : error;
      }
    };
  const step: StepRunner = {
    run: (id, fn) =>
      options.step.run(
        id,
        guarded(async () => {
          await beatRunHeartbeat(db, runId, options.leaseOwner);
          return fn();
        }),
      ),
    sleep: options.step.sleep,
  };
  const run = await options.step.run(
    "start-run",
    guarded(async () => {
      const started = await markRunStarted(db, runId);
      return { integrationId: started.integrationId, kind: started.kind, options: started.options };
    }),
  );
  try {
    const handler = await findSyncHandler(run.integrationId, run.kind);
    if (!handler) throw new Error(`${run.integrationId} has no "${run.kind}" sync`);
    await handler({ db, runId, integrationId: run.integrationId, options: run.options, step, deps });
  } catch (error) {
    // A run stopped on purpose (cancelled, lease lost) is not a failure of the integration.
    const isStop =
      error instanceof SyncRunStoppedError || (error as Error | undefined)?.cause instanceof SyncRunStoppedError;
    if (!isStop) await observeSyncAttemptFailed(db, { id: runId, ...run }, describeError(error));
    throw error;
  }
  await step.run("finish-run", () => markRunSucceeded(db, runId));
}

export async function getSyncRun(db: Db, runId: number) {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
  return run;
}
