// GET /api/sync-runs/{runId} – one run with its items (`?result=failed` for the failures only)
import { AppError } from "@/lib/errors";
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute } from "@/lib/http/api-route";
import { getSyncRunDetail } from "@/lib/sync/list-sync-runs";

export const GET = apiRoute<{ runId: string }>("read", async ({ db, req, params }) => {
  const runId = requireRouteId(params.runId);
  const detail = await getSyncRunDetail({ db: db, runId, filter: Object.fromEntries(new URL(req.url).searchParams) });
  if (!detail)
    throw new AppError("not_found", `No sync run ${runId}`, {
      messageKey: "errors.sync_run_not_found",
      params: { id: runId },
    });
  return detail;
});
