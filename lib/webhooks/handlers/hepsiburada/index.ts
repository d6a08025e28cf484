import type { HepsiburadaWebhookEventType } from "@/lib/providers/hepsiburada/wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { handleHepsiburadaOrderStatusChanged } from "./order-status-changed";
import { handleHepsiburadaProductUpdated } from "./product-updated";

export const hepsiburadaWebhookHandlers: Record<HepsiburadaWebhookEventType, WebhookHandler> = {
  ORDER_STATUS_CHANGED: handleHepsiburadaOrderStatusChanged,
  PRODUCT_UPDATED: handleHepsiburadaProductUpdated,
};
