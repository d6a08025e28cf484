// GET /api/integrations/{integration_id}/logs – that integration's sync runs and webhook events, filtered and paginated
import { getDb } from "@/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { listIntegrationLogs } from "@/lib/integrations/list-integration-logs";

export const GET = apiRoute<{ id: string }>("read", async ({ req, params }) =>
  listIntegrationLogs({ db: await getDb(), id: params.id, query: Object.fromEntries(new URL(req.url).searchParams) }),
);
