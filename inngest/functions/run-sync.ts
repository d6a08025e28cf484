import { NonRetriableError } from "inngest";
import { getDb } from "@/db/client";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { describeError, describeErrorKeyed, markRunFailed } from "@/lib/sync/run-lifecycle";
import { enqueueScheduledRun } from "@/lib/sync/schedule-syncs";
import type { StepRunner } from "@/lib/sync/step";
import { inngest } from "../client";
import { syncRequested } from "../events";

type FailureInput = {
  event: { data: { event: { data: { runId?: number } } } };
  error: unknown;
  step: { run: <T>(id: string, fn: () => Promise<T>) => Promise<unknown> };
};

/** After the last retry: the run is marked failed with the error, and an alert is raised. */
export async function recordSyncFailure({ event, error, step }: FailureInput): Promise<void> {
  const runId = event.data.event.data.runId;
  if (runId)
    await step.run("mark-run-failed", async () =>
      markRunFailed(await getDb(), runId, describeError(error), describeErrorKeyed(error)),
    );
}

/** Runs one sync: one at a time per integration and kind, throttled per provider, retried, failure recorded. */
export const runSync = inngest.createFunction(
  {
    id: "run-sync",
    triggers: [syncRequested],
    concurrency: [{ key: "event.data.integrationId + '-' + event.data.kind", limit: 1 }],
    throttle: { key: "event.data.integrationId", limit: 20, period: "1m" },
    retries: 4, // 5 attempts in all, like the embedded runner (MAX_ATTEMPTS)
    onFailure: recordSyncFailure,
  },
  async ({ event, step }) => {
    const db = await getDb();
    const runId =
      event.data.runId ??
      (await step.run("create-scheduled-run", () =>
        enqueueScheduledRun({
          db,
          due: { integrationId: event.data.integrationId, kind: event.data.kind, slotKey: event.data.slotKey ?? "" },
        }),
      ));
    if (!runId) throw new NonRetriableError("The slot already has a run, or a run of this kind is still active");
    const steps: StepRunner = {
      run: async (id, fn) => (await step.run(id, fn)) as Awaited<ReturnType<typeof fn>>,
      sleep: (id, ms) => step.sleep(id, ms),
    };
    // Cancelled or finished elsewhere: retrying cannot help, and the run keeps the outcome it has.
    const toStopError = (error: Error) => new NonRetriableError(error.message);
    await executeSyncRun({ db, runId, step: steps, toStopError });
    return { runId };
  },
);
