// GET /api/webhooks/{eventId} – one event: redacted headers, payload, error and timeline
import { AppError } from "@/lib/errors";
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute } from "@/lib/http/api-route";
import { getWebhookEvent } from "@/lib/webhooks/list-webhook-events";

export const GET = apiRoute<{ eventId: string }>("read", async ({ db, params }) => {
  const event = await getWebhookEvent({ db: db, id: requireRouteId(params.eventId) });
  if (!event)
    throw new AppError("not_found", "No such webhook event", { messageKey: "errors.webhook_event_not_found" });
  return event;
});
