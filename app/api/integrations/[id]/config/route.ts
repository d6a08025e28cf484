// POST /api/integrations/{integration_type}/config – validates and stores an integration's settings (admins only)
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requireProvider } from "@/lib/integrations/get-integration";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { z } from "zod";

export const POST = apiRoute<{ id: string }>("admin", async ({ db, req, params, actor }) => {
  requireProvider(params.id);
  const body = await readJson(req, z.record(z.string(), z.unknown()));
  return saveIntegrationConfig({ db: db, actor, type: params.id, body });
});
