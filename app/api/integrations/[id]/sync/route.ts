// POST /api/integrations/{integration_id}/sync – queues a sync run (body `{ kind }` optional); 202 with the run id
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requestSync } from "@/lib/sync/request-sync";

const bodySchema = z.object({ kind: z.string().trim().min(1).optional() }).strict();

export const POST = apiRoute<{ id: string }>("operate", async ({ db, req, params, actor }) => {
  const body = await readJson(req, bodySchema);
  const run = await requestSync({ db: db, actor, integrationId: params.id, kind: body.kind, trigger: "manual" });
  return Response.json({ run_id: run.id, status: run.status, kind: run.kind }, { status: 202 });
});
