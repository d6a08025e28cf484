// POST /api/integrations/{id}/test-connection – one cheap authenticated call with the stored credentials
import { getDb } from "@/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { testConnection } from "@/lib/integrations/test-connection";

export const POST = apiRoute<{ id: string }>("write", async ({ params, actor }) => testConnection({ db: await getDb(), actor, id: params.id }));
