import { getDb } from "@/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { observeWebhookDelivery } from "@/lib/operations/observe-webhook";
import { providerForWebhookPath } from "@/lib/providers/webhook-path";
import { handOffWebhookEvent } from "./hand-off-webhook";
import { MAX_WEBHOOK_BYTES, ingestWebhook } from "./ingest-webhook";
import { readLimitedBody } from "./read-limited-body";

/** The webhook route's whole job: the response to send now, and the hand-off to run once it has gone out. */
export async function receiveWebhook(options: {
  provider: string;
  req: Request;
  /** The sub-path under the provider's webhook URL (catch-all route), e.g. `/packages/123/intransit`. */
  path?: string;
}): Promise<{ response: Response; afterResponse?: () => Promise<unknown> }> {
  const { req } = options;
  const provider = providerForWebhookPath(options.provider);
  const rawBody = await readLimitedBody(req, MAX_WEBHOOK_BYTES);
  const db = await getDb();
  const call = options.path === undefined ? undefined : { method: req.method, path: options.path };
  const outcome = await ingestWebhook({ db, provider, rawBody, headers: req.headers, ip: clientIp(req.headers), call });
  observeWebhookDelivery(provider, outcome.status, outcome.body);
  const response = Response.json(outcome.body, { status: outcome.status, headers: outcome.headers });
  const { stored } = outcome;
  return { response, afterResponse: stored ? () => handOffWebhookEvent({ db, event: stored }) : undefined };
}
