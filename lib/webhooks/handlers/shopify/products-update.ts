import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordShopifyProduct } from "./record-shopify-product";

export const handleShopifyProductsUpdate: WebhookHandler = (context) => recordShopifyProduct(context);
