// POST /api/webhooks/{eventId}/replay – runs processing of one stored event again
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { replayWebhookEvent } from "@/lib/webhooks/replay-webhooks";

export const POST = apiRoute<{ eventId: string }>("write", async ({ db, params, actor }) => {
  const id = z.coerce.number().int().positive().parse(params.eventId);
  await replayWebhookEvent({ db: db, actor, id });
  return Response.json({ id, status: "received" }, { status: 202 });
});
