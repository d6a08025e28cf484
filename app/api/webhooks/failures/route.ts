// GET /api/webhooks/failures – failed events grouped by provider and error, largest group first
import { apiRoute } from "@/lib/http/api-route";
import { listWebhookFailureGroups } from "@/lib/webhooks/list-webhook-events";

export const GET = apiRoute("read", async ({ db }) => ({ groups: await listWebhookFailureGroups({ db }) }));
