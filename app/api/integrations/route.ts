// GET /api/integrations – the seven providers with their status and masked settings
import { apiRoute } from "@/lib/http/api-route";
import { listIntegrations } from "@/lib/integrations/get-integration";

export const GET = apiRoute("read", async ({ db }) => ({ integrations: await listIntegrations({ db: db }) }));
