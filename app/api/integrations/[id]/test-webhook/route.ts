// POST /api/integrations/{id}/test-webhook – signs a sample event and delivers it to Köprü's own webhook URL
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

const bodySchema = z.object({ event_type: z.string().min(1, "Choose an event type") });

export const POST = apiRoute<{ id: string }>("operate", async ({ db, req, params, actor }) => {
  const { event_type } = await readJson(req, bodySchema);
  const appUrl = getEnv().KOPRU_PUBLIC_URL ?? new URL(req.url).origin;
  return sendTestWebhook({ db: db, actor, provider: params.id, eventType: event_type, appUrl });
});
