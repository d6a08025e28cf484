import { createHmac } from "node:crypto";
import type { ShopifyCredentials } from "@/lib/providers/shopify/config";
import { shopifyWebhookSchemaFor } from "@/lib/providers/shopify/wire";
import { safeEqual } from "@/lib/providers/safe-equal";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

export const SHOPIFY_HMAC_HEADER = "x-shopify-hmac-sha256";
export const SHOPIFY_TOPIC_HEADER = "x-shopify-topic";

/**
 * `X-Shopify-Hmac-Sha256` is base64 HMAC-SHA256 of the raw body keyed with the app's client secret (`webhook_secret`).
 * Only one secret is stored, so the hour-long overlap after a secret rotation is not honoured.
 */
export function verifyShopifyWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<ShopifyCredentials, "webhook_secret">;
  now?: Date;
}): WebhookVerification {
  const given = input.headers.get(SHOPIFY_HMAC_HEADER)?.trim();
  if (!given) return { ok: false, reason: "missing" };
  const expected = createHmac("sha256", input.credentials.webhook_secret)
    .update(input.rawBody, "utf8")
    .digest("base64");
  return safeEqual(expected, given) ? { ok: true } : { ok: false, reason: "mismatch" };
}

/**
 * Event type is the topic header (`orders/create`). Event id is the delivery id `X-Shopify-Webhook-Id` (current docs'
 * dedupe key), falling back to `X-Shopify-Event-Id` (older docs; shared by subscriptions of one event). Neither header
 * is signed, so a replayed body under a new id would pass: the intake dedupes Shopify on the body hash instead.
 */
export function parseShopifyWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const topic = input.headers.get(SHOPIFY_TOPIC_HEADER)?.trim();
  if (!topic) return { ok: false, path: `headers.${SHOPIFY_TOPIC_HEADER}`, message: "Missing topic header" };
  const parsed = parseJsonBody(input.rawBody, shopifyWebhookSchemaFor(topic));
  if (!parsed.ok) return parsed;
  const eventId = input.headers.get("x-shopify-webhook-id") ?? input.headers.get("x-shopify-event-id");
  return { ok: true, eventId: eventId?.trim() || null, eventType: topic, payload: parsed.data, dedupeOnBody: true };
}
