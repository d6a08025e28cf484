// GET /api/sync-runs – sync runs, newest first, filterable by integration, kind, status, date and SKU/order number
import { apiRoute } from "@/lib/http/api-route";
import { listSyncRuns } from "@/lib/sync/list-sync-runs";

export const GET = apiRoute("read", async ({ db, req }) =>
  listSyncRuns({ db: db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
