// GET /api/integrations/{id}/held-webhooks – deliveries held while inactive; POST – queues them all for processing
import { apiRoute } from "@/lib/http/api-route";
import { countHeldWebhooks, processHeldWebhooks } from "@/lib/webhooks/process-held-webhooks";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) => ({
  count: await countHeldWebhooks({ db, integrationId: params.id }),
}));

export const POST = apiRoute<{ id: string }>("operate", async ({ db, params, actor }) => {
  const { queued } = await processHeldWebhooks({ db, actor, integrationId: params.id });
  return Response.json({ queued }, { status: 202 });
});
