// GET /api/issues – failure issues, newest first; filters: status (open, acknowledged, resolved, muted, active, all), integration, kind
import { apiRoute } from "@/lib/http/api-route";
import { listIssues } from "@/lib/issues/list-issues";

export const GET = apiRoute("read", async ({ db, req }) =>
  listIssues({ db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
