import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, syncRuns, type SyncRunOptions, type SyncTrigger } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requireProvider } from "@/lib/integrations/get-integration";
import { runnableSyncKinds } from "@/lib/providers/registry";
import { handOffSyncRun } from "./sweep-sync-runs";

/**
 * Queues a sync run and hands it to the active runner. One queued-or-running run per integration and kind: the
 * database's partial unique index refuses a second, which answers 409 with the run already under way.
 */
export async function requestSync(options: {
  db: Db;
  actor: Actor | null;
  integrationId: string;
  kind?: string;
  trigger: SyncTrigger;
  options?: SyncRunOptions;
  retryOfRunId?: number;
}) {
  const { db, actor } = options;
  const provider = requireProvider(options.integrationId);
  const kinds = runnableSyncKinds(provider);
  const kind = options.kind ?? kinds[0];
  if (!kind || !kinds.includes(kind as never)) {
    throw new AppError(
      "invalid_input",
      `${provider.displayName} supports these sync kinds: ${kinds.join(", ") || "none yet"}`,
      kinds.length
        ? {
            messageKey: "errors.sync_kind_unsupported",
            params: { provider: provider.displayName, kinds: kinds.join(", ") },
          }
        : { messageKey: "errors.sync_none", params: { provider: provider.displayName } },
    );
  }
  const [integration] = await db.select().from(integrations).where(eq(integrations.id, provider.id)).limit(1);
  if (!integration)
    throw new AppError("not_found", `${provider.displayName} is not configured yet`, {
      messageKey: "errors.integration_not_configured",
      params: { provider: provider.displayName },
    });
  if (!integration.isActive) {
    throw new AppError("conflict", `${provider.displayName} is inactive; activate it first`, {
      reason: "inactive",
      messageKey: "errors.integration_inactive",
      params: { provider: provider.displayName },
    });
  }

  const [run] = await db
    .insert(syncRuns)
    .values({
      integrationId: provider.id,
      kind,
      trigger: options.trigger,
      options: options.options ?? {},
      retryOfRunId: options.retryOfRunId,
    })
    .onConflictDoNothing()
    .returning();
  if (!run) {
    const [active] = await db
      .select({ id: syncRuns.id })
      .from(syncRuns)
      .where(
        and(
          eq(syncRuns.integrationId, provider.id),
          eq(syncRuns.kind, kind),
          inArray(syncRuns.status, ["queued", "running"]),
        ),
      )
      .limit(1);
    throw new AppError("conflict", `A ${kind} sync for ${provider.displayName} is already queued or running`, {
      reason: "already_active",
      run_id: active?.id,
      messageKey: "errors.sync_already_active",
      params: { provider: provider.displayName, id: active?.id ?? "" },
    });
  }
  if (actor) {
    await recordAudit({
      db,
      actor,
      action: "sync.requested",
      targetType: "sync_run",
      targetId: run.id,
      details: { integration: provider.id, kind, trigger: run.trigger },
    });
  }
  if (!(await handOffSyncRun({ db, run }))) {
    // The run row stays queued, and the sweeper sends it again; say so rather than pretending it started.
    await db
      .update(syncRuns)
      .set({ error: "Could not hand the run to Inngest yet; it will be sent again within minutes" })
      .where(eq(syncRuns.id, run.id));
  }
  return run;
}
