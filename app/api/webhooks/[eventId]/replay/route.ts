// POST /api/webhooks/{eventId}/replay – runs processing of one stored event again
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute } from "@/lib/http/api-route";
import { replayWebhookEvent } from "@/lib/webhooks/replay-webhooks";

export const POST = apiRoute<{ eventId: string }>("operate", async ({ db, params, actor }) => {
  const id = requireRouteId(params.eventId);
  await replayWebhookEvent({ db: db, actor, id });
  return Response.json({ id, status: "received" }, { status: 202 });
});
