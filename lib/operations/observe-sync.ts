import type { Db } from "@/db/client";
import type { SyncRun } from "@/db/schema";
import { recordFailure, recordFailures } from "@/lib/issues/record-failure";
import { recordSuccess } from "@/lib/issues/record-success";
import { getMetrics } from "@/lib/metrics/metrics";
import { safely } from "./safely";

/** One attempt of a run failed: its issue counts it at once (retries that then succeed resolve it again). */
export const observeSyncAttemptFailed = (db: Db, run: Pick<SyncRun, "id" | "integrationId" | "kind">, error: string) =>
  safely("a sync failure", () =>
    recordFailure({
      db,
      integrationId: run.integrationId,
      kind: "sync_run",
      operation: run.kind,
      message: error,
      syncRunId: run.id,
    }),
  );

/** A run finished for good: metrics, and on success its run issues (and item issues, if no item failed) resolve. */
export const observeSyncRunFinished = (db: Db, run: SyncRun, outcome: "succeeded" | "failed") =>
  safely("a finished sync", async () => {
    const labels = { integration: run.integrationId, kind: run.kind, outcome };
    const metrics = getMetrics();
    metrics.syncRuns.inc(labels);
    if (run.startedAt && run.finishedAt)
      metrics.syncRunDuration.observe(labels, (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000);
    if (outcome === "succeeded")
      await recordSuccess({
        db,
        integrationId: run.integrationId,
        kinds: run.failed === 0 ? ["sync_run", "sync_item"] : ["sync_run"],
        operation: run.kind,
        force: true,
      });
  });

/** Item outcomes of a run: counted, and the failed ones grouped into issues by their error. */
export const observeSyncItems = (
  db: Db,
  run: { id: number; integrationId: string; kind: string },
  items: { ref: string; result: "succeeded" | "failed" | "skipped"; message?: string | null }[],
) =>
  safely("sync item outcomes", async () => {
    const counter = getMetrics().syncItems;
    for (const item of items) counter.inc({ integration: run.integrationId, kind: run.kind, result: item.result });
    const failed = items.filter((item) => item.result === "failed");
    if (failed.length === 0) return;
    await recordFailures({
      db,
      integrationId: run.integrationId,
      kind: "sync_item",
      operation: run.kind,
      occurrences: failed.map((item) => ({
        message: item.message ?? "failed",
        syncRunId: run.id,
        ref: item.ref,
        dedupeKey: `${run.id}:${item.ref}`,
      })),
    });
  });
