// POST /api/integrations/{id}/test-connection – one cheap authenticated call with the stored credentials
import { apiRoute } from "@/lib/http/api-route";
import { testConnection } from "@/lib/integrations/test-connection";

export const POST = apiRoute<{ id: string }>("operate", async ({ db, params, actor }) =>
  testConnection({ db: db, actor, id: params.id }),
);
