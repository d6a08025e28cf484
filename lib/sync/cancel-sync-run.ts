import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncRuns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/**
 * Cancels a queued or running run. A running one stops at its next step (Inngest or the embedded runner find it no
 * longer running); what it already wrote stays. A cancelled run can be retried like a failed one.
 */
export async function cancelSyncRun(options: { db: Db; actor: Actor; runId: number }) {
  const { db, actor, runId } = options;
  const [run] = await db
    .update(syncRuns)
    .set({
      status: "cancelled",
      finishedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
      error: `Cancelled by ${actor.email}`,
    })
    .where(and(eq(syncRuns.id, runId), inArray(syncRuns.status, ["queued", "running"])))
    .returning();
  if (!run) {
    const [existing] = await db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
    if (!existing) throw new AppError("not_found", `No sync run ${runId}`, { messageKey: "errors.not_found" });
    throw new AppError("conflict", "Only a queued or running sync can be cancelled", {
      messageKey: "errors.sync_run_not_cancellable",
    });
  }
  await recordAudit({
    db,
    actor,
    action: "sync.cancelled",
    targetType: "sync_run",
    targetId: runId,
    details: { integration: run.integrationId, kind: run.kind },
  });
  return run;
}
