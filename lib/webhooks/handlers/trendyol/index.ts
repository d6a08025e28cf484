import type { TrendyolWebhookEventType } from "@/lib/providers/trendyol/webhook-wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { refreshPushedPackages } from "./refresh-pushed-packages";

/** Every Trendyol push is a hint: the pushed packages are re-read from Trendyol and stored newer-wins. */
export const trendyolWebhookHandlers: Record<TrendyolWebhookEventType, WebhookHandler> = {
  "order.created": refreshPushedPackages,
  "order.status_changed": refreshPushedPackages,
  "order.cancelled": refreshPushedPackages,
};
