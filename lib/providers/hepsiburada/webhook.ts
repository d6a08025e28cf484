import type { HepsiburadaCredentials } from "@/lib/providers/hepsiburada/config";
import { hepsiburadaWebhookSchema, type HepsiburadaWebhook } from "@/lib/providers/hepsiburada/wire";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import { verifySharedWebhookAuth } from "@/lib/providers/webhook-shared-auth";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

/**
 * Hepsiburada webhooks are unsigned; deliveries carry the Basic credentials (Hepsiburada's documented webhook
 * security) or the shared key in `x-api-key` that the merchant registered, compared in constant time.
 */
export function verifyHepsiburadaWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<HepsiburadaCredentials, "webhook_username" | "webhook_password" | "webhook_api_key">;
  now?: Date;
}): WebhookVerification {
  const { webhook_username: username, webhook_password: password, webhook_api_key: apiKey } = input.credentials;
  return verifySharedWebhookAuth(input.headers, { username, password, apiKey });
}

/**
 * The delivery's `eventId` when present; otherwise derived from what changed and when, so a re-delivery dedupes. With
 * neither, null: the intake dedupes on the body hash rather than merge two changes of the same order.
 */
function eventIdOf(payload: HepsiburadaWebhook): string | null {
  if (payload.eventId) return payload.eventId;
  const at = payload.occurredAt;
  if (!at) return null;
  if (payload.eventType === "ORDER_STATUS_CHANGED") {
    return `${payload.eventType}:${payload.orderNumber}:${payload.packageNumber ?? ""}:${payload.status}:${at}`;
  }
  return `${payload.eventType}:${payload.merchantSku ?? payload.hepsiburadaSku ?? ""}:${at}`;
}

export function parseHepsiburadaWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const parsed = parseJsonBody(input.rawBody, hepsiburadaWebhookSchema);
  if (!parsed.ok) return parsed;
  return { ok: true, eventId: eventIdOf(parsed.data), eventType: parsed.data.eventType, payload: parsed.data };
}
