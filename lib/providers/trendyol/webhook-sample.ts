import { randomInt } from "node:crypto";
import type { TrendyolCredentials } from "@/lib/providers/trendyol/config";
import type { TrendyolWebhookEventType } from "@/lib/providers/trendyol/webhook-wire";
import { generateOrders, toWireJson } from "@/lib/providers/trendyol/fake-data";
import { buildSharedWebhookAuthHeaders } from "@/lib/providers/webhook-sample-auth";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

export { TRENDYOL_WEBHOOK_EVENT_TYPES } from "@/lib/providers/trendyol/webhook-wire";

const STATUS_FOR: Record<TrendyolWebhookEventType, string> = {
  "order.created": "Created",
  "order.status_changed": "Shipped",
  "order.cancelled": "Cancelled",
};

/** A shipment package in the envelope Trendyol pushes it in (current field names), with the Basic or `x-api-key` header the subscription was given. */
export function buildSampleTrendyolWebhook(
  eventType: TrendyolWebhookEventType,
  credentials: Pick<TrendyolCredentials, "webhook_username" | "webhook_password" | "webhook_api_key">,
): SampleWebhook {
  const now = Date.now();
  const status = STATUS_FOR[eventType];
  const [pkg] = generateOrders(1, now, { status, seed: randomInt(1, 2 ** 31) });
  const payload = { totalElements: 1, totalPages: 1, page: 0, size: 1, content: [pkg] };
  const auth = {
    username: credentials.webhook_username,
    password: credentials.webhook_password,
    apiKey: credentials.webhook_api_key,
  };
  return {
    body: toWireJson(payload),
    headers: { "content-type": "application/json", ...buildSharedWebhookAuthHeaders(auth) },
  };
}
