import { createHash, createHmac } from "node:crypto";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";
import { getProvider } from "@/lib/providers/registry";
import { safeEqual } from "@/lib/providers/safe-equal";
import { redactHeaders } from "@/lib/providers/webhook-headers";
import type { WebhookCallTarget } from "@/lib/providers/webhook-types";
import { isIpAllowed } from "./ip-allowlist";
import { createRateLimiter } from "./rate-limit";
import { loadWebhookIntegration } from "./webhook-integration-cache";
import { insertWebhookEvent } from "./insert-webhook-event";
import { reject, type WebhookOutcome } from "./webhook-outcome";

export const MAX_WEBHOOK_BYTES = 1024 * 1024;
export const TEST_DELIVERY_HEADER = "x-kopru-test-delivery";

const limiter = createRateLimiter({
  perSecond: getEnv().KOPRU_WEBHOOK_RATE_PER_SECOND ?? 1000,
  burst: getEnv().KOPRU_WEBHOOK_RATE_BURST ?? 2000,
});

/** Marks deliveries from our own test-webhook button; keyed with the server secret so nobody else can set it. */
export const testDeliveryMark = (rawBody: string) =>
  createHmac("sha256", getAuthSecret()).update(rawBody).digest("hex");

/**
 * Verifies and stores one delivery, in the order the contract gives: provider → configured → allowed address →
 * rate → signature → shape → dedupe. A 2xx is only returned once the row is committed; rejected deliveries are stored
 * too (headers redacted), for inspection. Never parses the body before the signature has been checked.
 */
export async function ingestWebhook(options: {
  db: Db;
  provider: string;
  /** null when the body was larger than MAX_WEBHOOK_BYTES (reading stopped there). */
  rawBody: string | null;
  headers: Headers;
  ip: string;
  /** The call's method and sub-path under the provider's URL, for providers that route by them (Hepsiburada). */
  call?: WebhookCallTarget;
}): Promise<WebhookOutcome> {
  const { db, provider: providerId, rawBody, headers, ip, call } = options;
  const provider = getProvider(providerId)?.webhook;
  if (!provider) return reject(404, "not_found", `Köprü has no webhook endpoint for "${providerId}"`);
  const integration = await loadWebhookIntegration(db, providerId);
  if (!integration) return reject(404, "not_configured", `The ${providerId} integration is not configured in Köprü`);
  if (rawBody === null || Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES)
    return reject(413, "payload_too_large", "Webhook bodies are limited to 1 MB");
  if (!isIpAllowed(ip, integration.row.webhookAllowlist))
    return reject(403, "forbidden", "This address may not deliver webhooks here");
  const gate = limiter.take(providerId);
  if (!gate.ok)
    return reject(429, "rate_limited", "Too many deliveries; retry later", {
      "Retry-After": String(gate.retryAfterSeconds),
    });

  const base = {
    provider: providerId,
    integrationId: providerId,
    // Pseudo-headers (they cannot collide with real ones) keep the call's method and sub-path with the stored row.
    headers: { ...redactHeaders(headers), ...(call?.path ? { ":method": call.method ?? "", ":path": call.path } : {}) },
    rawBody,
    isTest: isTestDelivery(headers, rawBody),
  };
  const verification = provider.verify({ rawBody, headers, credentials: integration.credentials });
  if (!verification.ok) {
    await db
      .insert(webhookEvents)
      .values({ ...base, status: "rejected", rejectionReason: `signature ${verification.reason}` });
    return reject(401, "unauthorized", "Webhook signature could not be verified");
  }
  const parsed = provider.parse({ rawBody, headers, ...call });
  if (!parsed.ok) {
    await db
      .insert(webhookEvents)
      .values({ ...base, status: "rejected", rejectionReason: `invalid payload at ${parsed.path}: ${parsed.message}` });
    return reject(400, "invalid_payload", `Invalid payload at ${parsed.path}: ${parsed.message}`);
  }

  const status = integration.row.isActive ? "received" : "skipped";
  const id = await insertWebhookEvent(db, {
    ...base,
    status,
    dedupeKey: parsed.eventId ?? `sha256:${createHash("sha256").update(rawBody).digest("hex")}`,
    providerEventId: parsed.eventId,
    eventType: parsed.eventType,
  });
  if (id === null) return { status: 200, body: { duplicate: true } };
  if (status === "skipped") return { status: 200, body: { received: true, id, skipped: "integration inactive" } };
  return { status: 200, body: { received: true, id }, stored: { id, provider: providerId } };
}

function isTestDelivery(headers: Headers, rawBody: string): boolean {
  const mark = headers.get(TEST_DELIVERY_HEADER);
  return Boolean(mark && safeEqual(mark, testDeliveryMark(rawBody)));
}
