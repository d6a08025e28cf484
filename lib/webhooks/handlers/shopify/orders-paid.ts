import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordShopifyOrder } from "./record-shopify-order";

export const handleShopifyOrdersPaid: WebhookHandler = (context) => recordShopifyOrder(context);
