import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns } from "@/db/schema";
import { observeSyncAttemptFailed } from "@/lib/operations/observe-sync";
import { findSyncHandler } from "@/lib/providers/registry";
import { describeError, markRunStarted, markRunSucceeded } from "./run-lifecycle";
import type { SyncDeps } from "./sync-deps";
import type { StepRunner } from "./step";

/**
 * Runs one sync run to success, or throws for the caller (Inngest or the embedded runner) to retry or fail it.
 * Shared by both: the same steps, the same lib code.
 */
export async function executeSyncRun(options: {
  db: Db;
  runId: number;
  step: StepRunner;
  deps?: SyncDeps;
}): Promise<void> {
  const { db, runId, step, deps = {} } = options;
  const run = await step.run("start-run", async () => {
    const started = await markRunStarted(db, runId);
    return { integrationId: started.integrationId, kind: started.kind, options: started.options };
  });
  try {
    const handler = await findSyncHandler(run.integrationId, run.kind);
    if (!handler) throw new Error(`${run.integrationId} has no "${run.kind}" sync`);
    await handler({ db, runId, integrationId: run.integrationId, options: run.options, step, deps });
  } catch (error) {
    await observeSyncAttemptFailed(db, { id: runId, ...run }, describeError(error));
    throw error;
  }
  await step.run("finish-run", () => markRunSucceeded(db, runId));
}

export async function getSyncRun(db: Db, runId: number) {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
  return run;
}
