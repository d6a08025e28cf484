// POST /api/sync-runs/{runId}/cancel – cancels a queued or running run (it stops at its next step)
import { apiRoute } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { cancelSyncRun } from "@/lib/sync/cancel-sync-run";

export const POST = apiRoute<{ runId: string }>("operate", async ({ db, params, actor }) => {
  const run = await cancelSyncRun({ db, actor, runId: requireRouteId(params.runId) });
  return { run_id: run.id, status: run.status };
});
