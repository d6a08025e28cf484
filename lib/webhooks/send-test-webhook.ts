import { webhookUrl } from "@/lib/providers/webhook-path";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { getProvider } from "@/lib/providers/registry";
import { assertWebhookCredentials } from "./assert-webhook-credentials";
import { TEST_DELIVERY_HEADER, testDeliveryMark } from "./ingest-webhook";

export type TestWebhookResult = {
  status: number;
  latencyMs: number;
  eventId: number | null;
  duplicate: boolean;
  message: string | null;
};

/**
 * Builds a realistic sample of `eventType`, signs it with the integration's stored secret in the provider's real
 * scheme, and POSTs it over HTTP to Köprü's own public webhook URL: the whole intake path, as a provider would hit it.
 */
export async function sendTestWebhook(options: {
  db: Db;
  actor: Actor;
  provider: string;
  eventType: string;
  appUrl: string;
}): Promise<TestWebhookResult> {
  const { db, actor, provider: providerId, eventType } = options;
  const provider = getProvider(providerId)?.webhook;
  if (!provider) throw new AppError("not_found", `${providerId} does not send webhooks`);
  if (!provider.eventTypes.includes(eventType)) {
    throw new AppError("invalid_input", `Event type must be one of: ${provider.eventTypes.join(", ")}`);
  }
  const { credentials } = await loadIntegrationCredentials({ db, id: providerId });
  let sample;
  try {
    sample = provider.buildSample(eventType, credentials);
  } catch (error) {
    throw new AppError(
      "invalid_input",
      `Cannot sign a test delivery: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  assertWebhookCredentials(providerId, credentials, sample.headers);
  const url = new URL(webhookUrl(options.appUrl, providerId) + (sample.path ?? ""));
  const started = performance.now();
  const response = await fetch(url, {
    method: sample.method ?? "POST",
    headers: { ...sample.headers, [TEST_DELIVERY_HEADER]: testDeliveryMark(sample.body) },
    body: sample.body,
  });
  const latencyMs = Math.round(performance.now() - started);
  const answer = (await response.json().catch(() => ({}))) as { id?: number; duplicate?: boolean; message?: string };
  await recordAudit({
    db,
    actor,
    action: "webhook.test_sent",
    targetType: "integration",
    targetId: providerId,
    details: { event_type: eventType, status: response.status },
  });
  return {
    status: response.status,
    latencyMs,
    eventId: answer.id ?? null,
    duplicate: Boolean(answer.duplicate),
    message: answer.message ?? null,
  };
}
