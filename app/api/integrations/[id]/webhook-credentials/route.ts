// GET /api/integrations/{id}/webhook-credentials – the generated webhook user, password and API key in full (admins, audited)
import { apiRoute } from "@/lib/http/api-route";
import { readWebhookCredentials } from "@/lib/integrations/read-webhook-credentials";

export const GET = apiRoute<{ id: string }>("admin", async ({ db, params, actor }) =>
  readWebhookCredentials({ db: db, actor, id: params.id }),
);
