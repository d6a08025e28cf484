import { createHmac } from "node:crypto";
import { shopifyWebhookKeys, type ShopifyWebhookCredentials } from "@/lib/providers/shopify/config";
import { shopifyWebhookSchemaFor } from "@/lib/providers/shopify/wire";
import { safeEqual } from "@/lib/providers/safe-equal";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

export const SHOPIFY_HMAC_HEADER = "x-shopify-hmac-sha256";
export const SHOPIFY_TOPIC_HEADER = "x-shopify-topic";
const SHOPIFY_EVENTS_HMAC_HEADER = "shopify-hmac-sha256";

/**
 * `X-Shopify-Hmac-Sha256` (or the Events preview's `shopify-hmac-sha256`) is base64 HMAC-SHA256 of the raw body keyed
 * with the app's client secret. During a secret rotation the previous secret verifies too, until the merchant removes it.
 */
export function verifyShopifyWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: ShopifyWebhookCredentials;
  now?: Date;
}): WebhookVerification {
  const given = (input.headers.get(SHOPIFY_HMAC_HEADER) ?? input.headers.get(SHOPIFY_EVENTS_HMAC_HEADER))?.trim();
  if (!given) return { ok: false, reason: "missing" };
  const keys = shopifyWebhookKeys(input.credentials);
  const matches = keys.map((key) => safeEqual(signShopifyBody(key, input.rawBody), given));
  return matches.includes(true) ? { ok: true } : { ok: false, reason: "mismatch" };
}

export function signShopifyBody(secret: string, rawBody: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("base64");
}

/**
 * Event type is the topic header (`orders/create`). Event id is the delivery id `X-Shopify-Webhook-Id` (current docs'
 * dedupe key), falling back to `X-Shopify-Event-Id` (older docs; shared by subscriptions of one event). Neither header
 * is signed, so a replayed body under a new id would pass: the intake dedupes Shopify on the body hash instead.
 */
export function parseShopifyWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const topic = (input.headers.get(SHOPIFY_TOPIC_HEADER) ?? input.headers.get("shopify-topic"))?.trim();
  if (!topic) return { ok: false, path: `headers.${SHOPIFY_TOPIC_HEADER}`, message: "Missing topic header" };
  const parsed = parseJsonBody(input.rawBody, shopifyWebhookSchemaFor(topic));
  if (!parsed.ok) return parsed;
  const eventId =
    input.headers.get("x-shopify-webhook-id") ??
    input.headers.get("x-shopify-event-id") ??
    input.headers.get("shopify-event-id");
  return { ok: true, eventId: eventId?.trim() || null, eventType: topic, payload: parsed.data, dedupeOnBody: true };
}
