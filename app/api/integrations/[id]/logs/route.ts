// GET /api/integrations/{integration_id}/logs – that integration's sync runs and webhook events, filtered and paginated
import { apiRoute } from "@/lib/http/api-route";
import { listIntegrationLogs } from "@/lib/integrations/list-integration-logs";

export const GET = apiRoute<{ id: string }>("read", async ({ db, req, params }) =>
  listIntegrationLogs({ db: db, id: params.id, query: Object.fromEntries(new URL(req.url).searchParams) }),
);
