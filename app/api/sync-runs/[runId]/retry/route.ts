// POST /api/sync-runs/{runId}/retry – re-runs a finished run, or only its failed items (`{ "only_failed_items": true }`)
import { z } from "zod";
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { retrySyncRun } from "@/lib/sync/retry-sync-run";

const bodySchema = z.object({ only_failed_items: z.boolean().default(false) });

export const POST = apiRoute<{ runId: string }>("operate", async ({ db, req, params, actor }) => {
  const runId = requireRouteId(params.runId);
  const { only_failed_items } = await readJson(req, bodySchema);
  const run = await retrySyncRun({ db: db, actor, runId, onlyFailedItems: only_failed_items });
  return Response.json({ run_id: run.id, status: run.status }, { status: 202 });
});
