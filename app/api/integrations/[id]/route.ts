// GET /api/integrations/{id} – one integration (the id is the provider id); secrets masked, their hints for admins only
import { canAdminister } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { getIntegration } from "@/lib/integrations/get-integration";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params, actor }) =>
  getIntegration({ db, id: params.id, audience: { showSecretHints: canAdminister(actor) } }),
);
