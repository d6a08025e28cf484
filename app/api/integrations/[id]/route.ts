// GET /api/integrations/{id} – one integration (the id is the provider id), secrets masked
import { apiRoute } from "@/lib/http/api-route";
import { getIntegration } from "@/lib/integrations/get-integration";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  getIntegration({ db: db, id: params.id }),
);
