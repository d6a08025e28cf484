import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordShopifyOrder } from "./record-shopify-order";

export const handleShopifyOrdersCancelled: WebhookHandler = (context) => recordShopifyOrder(context);
