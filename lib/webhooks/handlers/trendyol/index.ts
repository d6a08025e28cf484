import type { TrendyolWebhookEventType } from "@/lib/providers/trendyol/webhook-wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { queueOrdersSync } from "../queue-orders-sync";

/** Every Trendyol push is a hint to re-read packages: one orders_in run converges them all. */
export const trendyolWebhookHandlers: Record<TrendyolWebhookEventType, WebhookHandler> = {
  "order.created": queueOrdersSync,
  "order.status_changed": queueOrdersSync,
  "order.cancelled": queueOrdersSync,
};
