// GET /api/webhooks – webhook events, newest first: filters (provider, status, type, dates, test/real), search, keyset pages
import { apiRoute } from "@/lib/http/api-route";
import { listWebhookEvents } from "@/lib/webhooks/list-webhook-events";

export const GET = apiRoute("read", async ({ db, req }) =>
  listWebhookEvents({ db: db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
