// GET /api/integrations – the seven providers with their status and masked settings
import { getDb } from "@/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { listIntegrations } from "@/lib/integrations/get-integration";

export const GET = apiRoute("read", async () => ({ integrations: await listIntegrations({ db: await getDb() }) }));
