// POST /api/integrations/webhook/{provider} – verify, store once, answer fast, hand off for processing after the response
import { after } from "next/server";
import { getDb } from "@/db/client";
import { clientIp } from "@/lib/auth/actor";
import { handOffWebhookEvent } from "@/lib/webhooks/hand-off-webhook";
import { MAX_WEBHOOK_BYTES, ingestWebhook } from "@/lib/webhooks/ingest-webhook";
import { readLimitedBody } from "@/lib/webhooks/read-limited-body";

export async function POST(req: Request, { params }: { params: Promise<{ provider: string }> }) {
  const { provider } = await params;
  const rawBody = await readLimitedBody(req, MAX_WEBHOOK_BYTES);
  const db = await getDb();
  const outcome = await ingestWebhook({ db, provider, rawBody, headers: req.headers, ip: clientIp(req.headers) });
  const { stored } = outcome;
  if (stored) after(() => handOffWebhookEvent({ db, event: stored }));
  return Response.json(outcome.body, { status: outcome.status, headers: outcome.headers });
}
