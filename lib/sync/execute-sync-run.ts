import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns } from "@/db/schema";
import { findSyncHandler } from "@/lib/providers/registry";
import { markRunStarted, markRunSucceeded } from "./run-lifecycle";
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
  const handler = await findSyncHandler(run.integrationId, run.kind);
  if (!handler) throw new Error(`${run.integrationId} has no "${run.kind}" sync`);
  await handler({ db, runId, integrationId: run.integrationId, options: run.options, step, deps });
  await step.run("finish-run", () => markRunSucceeded(db, runId));
}

export async function getSyncRun(db: Db, runId: number) {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
  return run;
}
