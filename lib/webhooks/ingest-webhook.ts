import { createHash, createHmac } from "node:crypto";
import type { Db } from "@/db/client";
import { getAuthSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";
import { getProvider } from "@/lib/providers/registry";
import { safeEqual } from "@/lib/providers/safe-equal";
import { redactHeaders } from "@/lib/providers/webhook-headers";
import { insertWebhookEvent } from "./insert-webhook-event";
import { isIpAllowed } from "./ip-allowlist";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { recordRejectedDelivery } from "./record-rejected-delivery";
import { loadWebhookIntegration } from "./webhook-integration-cache";
import { reject, type WebhookOutcome } from "./webhook-outcome";

export const MAX_WEBHOOK_BYTES = 1024 * 1024;
export const TEST_DELIVERY_HEADER = "x-kopru-test-delivery";

export type IntakeLimiters = { verified: RateLimiter; unverified: RateLimiter };

const defaultLimiters: IntakeLimiters = {
  // Per provider: only deliveries that verified count, so forged ones can never use up a real provider's budget.
  verified: createRateLimiter({
    perSecond: getEnv().KOPRU_WEBHOOK_RATE_PER_SECOND ?? 1000,
    burst: getEnv().KOPRU_WEBHOOK_RATE_BURST ?? 2000,
  }),
  // Per client address: bounds what a flood of bad signatures costs us (each one is recorded, then answered 401).
  unverified: createRateLimiter({ perSecond: 5, burst: 50 }),
};

/** Marks deliveries from our own test-webhook button; keyed with the server secret so nobody else can set it. */
export const testDeliveryMark = (rawBody: string) =>
  createHmac("sha256", getAuthSecret()).update(rawBody).digest("hex");

const tooMany = (gate: { retryAfterSeconds: number }) =>
  reject(429, "rate_limited", "Too many deliveries; retry later", { "Retry-After": String(gate.retryAfterSeconds) });

/**
 * Verifies and stores one delivery: provider → configured → size → allowed address → signature → rate → store.
 * Once the signature verifies, the delivery is stored and answered 200 whatever its shape: refusing it would make the
 * provider retry and then give up, losing every event after a field rename. Processing judges the shape, and fails
 * the event with the path of the first mismatch. A 2xx is only returned once the row is committed.
 */
export async function ingestWebhook(options: {
  db: Db;
  provider: string;
  /** null when the body was larger than MAX_WEBHOOK_BYTES (reading stopped there). */
  rawBody: string | null;
  headers: Headers;
  ip: string;
  limiters?: IntakeLimiters;
}): Promise<WebhookOutcome> {
  const { db, provider: providerId, rawBody, headers, ip } = options;
  const limiters = options.limiters ?? defaultLimiters;
  const provider = getProvider(providerId)?.webhook;
  if (!provider) return reject(404, "not_found", `Köprü has no webhook endpoint for "${providerId}"`);
  const integration = await loadWebhookIntegration(db, providerId);
  if (!integration) return reject(404, "not_configured", `The ${providerId} integration is not configured in Köprü`);
  if (rawBody === null || Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES)
    return reject(413, "payload_too_large", "Webhook bodies are limited to 1 MB");
  if (!isIpAllowed(ip, integration.row.webhookAllowlist))
    return reject(403, "forbidden", "This address may not deliver webhooks here");

  const bodySha256 = createHash("sha256").update(rawBody).digest("hex");
  const verification = provider.verify({ rawBody, headers, credentials: integration.credentials });
  if (!verification.ok) {
    const gate = limiters.unverified.take(`${providerId}:${ip}`);
    if (!gate.ok) return tooMany(gate);
    const reason = `signature ${verification.reason}`;
    await recordRejectedDelivery({ db, provider: providerId, rawBody, bodySha256, headers, reason });
    return reject(401, "unauthorized", "Webhook signature could not be verified");
  }
  const gate = limiters.verified.take(providerId);
  if (!gate.ok) return tooMany(gate);

  // Only to name and dedupe the event; a shape we do not expect is stored all the same, with the type unknown.
  const parsed = provider.parse({ rawBody, headers });
  const eventId = parsed.ok ? parsed.eventId : null;
  const status = integration.row.isActive ? "received" : "skipped";
  const id = await insertWebhookEvent(db, {
    provider: providerId,
    integrationId: providerId,
    dedupeKey: eventId && !(parsed.ok && parsed.dedupeOnBody) ? eventId : `sha256:${bodySha256}`,
    providerEventId: eventId,
    eventType: parsed.ok ? parsed.eventType : null,
    status,
    isTest: isTestDelivery(headers, rawBody),
    headers: redactHeaders(headers),
    rawBody,
    bodySha256,
    bodySize: Buffer.byteLength(rawBody),
  });
  if (id === null) return { status: 200, body: { duplicate: true } };
  if (status === "skipped") return { status: 200, body: { received: true, id, skipped: "integration inactive" } };
  return { status: 200, body: { received: true, id }, stored: { id, provider: providerId } };
}

function isTestDelivery(headers: Headers, rawBody: string): boolean {
  const mark = headers.get(TEST_DELIVERY_HEADER);
  return Boolean(mark && safeEqual(mark, testDeliveryMark(rawBody)));
}
