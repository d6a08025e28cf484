// GET /api/sync-runs – sync runs, newest first, filterable by integration, kind, status, date and SKU/order number
import { getDb } from "@/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { listSyncRuns } from "@/lib/sync/list-sync-runs";

export const GET = apiRoute("read", async ({ req }) => listSyncRuns({ db: await getDb(), filter: Object.fromEntries(new URL(req.url).searchParams) }));
