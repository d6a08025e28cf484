// GET /api/integrations – the seven providers with their status and masked settings
import { canAdminister } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { listIntegrations } from "@/lib/integrations/get-integration";

export const GET = apiRoute("read", async ({ db, actor }) => ({
  integrations: await listIntegrations({ db, audience: { showSecretHints: canAdminister(actor) } }),
}));
