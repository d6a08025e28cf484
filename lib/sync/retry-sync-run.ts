import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncItems, syncRuns } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requestSync } from "./request-sync";

/**
 * Re-runs a finished run: the whole run, or only its failed items (by SKU). Item-level retry only makes sense for
 * outbound syncs, where an item is a SKU; for imports, the cursor makes a whole re-run cheap and exact.
 */
export async function retrySyncRun(options: { db: Db; actor: Actor; runId: number; onlyFailedItems: boolean }) {
  const { db, actor, runId } = options;
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
  if (!run)
    throw new AppError("not_found", `No sync run ${runId}`, {
      messageKey: "errors.sync_run_not_found",
      params: { id: runId },
    });
  if (run.status === "queued" || run.status === "running")
    throw new AppError("conflict", "The run has not finished yet", { messageKey: "errors.sync_run_unfinished" });
  if (!options.onlyFailedItems) {
    return requestSync({
      db,
      actor,
      integrationId: run.integrationId,
      kind: run.kind,
      trigger: "retry",
      retryOfRunId: run.id,
    });
  }
  if (run.kind === "orders_in")
    throw new AppError("invalid_input", "Imports are retried as a whole run", {
      messageKey: "errors.sync_retry_import",
    });
  const failed = await db
    .selectDistinct({ ref: syncItems.ref })
    .from(syncItems)
    .where(and(eq(syncItems.runId, run.id), eq(syncItems.result, "failed")));
  if (failed.length === 0)
    throw new AppError("invalid_input", "This run has no failed items", { messageKey: "errors.sync_no_failed_items" });
  return requestSync({
    db,
    actor,
    integrationId: run.integrationId,
    kind: run.kind,
    trigger: "retry",
    retryOfRunId: run.id,
    options: { onlySkus: failed.map((item) => item.ref) },
  });
}
