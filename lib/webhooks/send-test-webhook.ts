import { eq } from "drizzle-orm";
import { webhookUrl } from "@/lib/providers/webhook-path";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
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
  /**
   * How processing ended, not only the HTTP answer: processed, ignored, skipped (integration inactive, held), failed
   * (with the error, keyed for translation), or still pending when it took longer than the wait.
   */
  outcome: TestWebhookOutcome | null;
};

export type TestWebhookOutcome = {
  status: "processed" | "ignored" | "skipped" | "failed" | "pending";
  error: string | null;
  errorKey: string | null;
  errorParams: Record<string, string | number> | null;
  note: string | null;
  noteKey: string | null;
  noteParams: Record<string, string | number> | null;
};

const FINAL = new Set(["processed", "ignored", "skipped", "failed"]);

/** Waits (briefly) for the runner to process the stored test delivery and reads how it ended. */
async function awaitOutcome(db: Db, eventId: number, waitMs: number): Promise<TestWebhookOutcome> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [row] = await db
      .select({
        status: webhookEvents.status,
        lastError: webhookEvents.lastError,
        lastErrorKey: webhookEvents.lastErrorKey,
        lastErrorParams: webhookEvents.lastErrorParams,
        timeline: webhookEvents.timeline,
      })
      .from(webhookEvents)
      .where(eq(webhookEvents.id, eventId))
      .limit(1);
    const isFinal = row !== undefined && FINAL.has(row.status);
    if (isFinal || Date.now() >= deadline) {
      const last = row?.timeline.at(-1);
      return {
        status: isFinal ? (row.status as TestWebhookOutcome["status"]) : "pending",
        error: row?.lastError ?? null,
        errorKey: row?.lastErrorKey ?? null,
        errorParams: row?.lastErrorParams ?? null,
        note: isFinal ? (last?.note ?? null) : null,
        noteKey: isFinal ? (last?.noteKey ?? null) : null,
        noteParams: isFinal ? (last?.noteParams ?? null) : null,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

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
  /** How long to wait for processing to finish before answering "pending". */
  waitMs?: number;
}): Promise<TestWebhookResult> {
  const { db, actor, provider: providerId, eventType } = options;
  const provider = getProvider(providerId)?.webhook;
  if (!provider)
    throw new AppError("not_found", `${providerId} does not send webhooks`, {
      messageKey: "errors.webhooks_unsupported",
      params: { provider: providerId },
    });
  if (!provider.eventTypes.includes(eventType)) {
    throw new AppError("invalid_input", `Event type must be one of: ${provider.eventTypes.join(", ")}`, {
      messageKey: "errors.webhook_event_type",
      params: { types: provider.eventTypes.join(", ") },
    });
  }
  const { credentials } = await loadIntegrationCredentials({ db, id: providerId });
  let sample;
  try {
    sample = provider.buildSample(eventType, credentials);
  } catch (error) {
    throw new AppError(
      "invalid_input",
      `Cannot sign a test delivery: ${error instanceof Error ? error.message : String(error)}`,
      { messageKey: "errors.webhook_test_unsigned" },
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
  const eventId = answer.id ?? null;
  return {
    status: response.status,
    latencyMs,
    eventId,
    duplicate: Boolean(answer.duplicate),
    message: answer.message ?? null,
    outcome: eventId === null ? null : await awaitOutcome(db, eventId, options.waitMs ?? 8_000),
  };
}
