import type { ShopifyWebhookEventType } from "@/lib/providers/shopify/webhook-sample";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { handleShopifyAppUninstalled } from "./app-uninstalled";
import { handleShopifyCustomersDataRequest } from "./customers-data-request";
import { handleShopifyCustomersRedact } from "./customers-redact";
import { handleShopifyInventoryLevelsUpdate } from "./inventory-levels-update";
import { handleShopifyProductsDelete } from "./products-delete";
import { handleShopifyOrder, handleShopifyOrderChild } from "./record-shopify-order";
import { handleShopifyProduct } from "./record-shopify-product";
import { handleShopifyShopRedact } from "./shop-redact";

/** Every topic is a hint: each handler reads the resource again through GraphQL (compliance topics excepted). */
export const shopifyWebhookHandlers: Record<ShopifyWebhookEventType, WebhookHandler> = {
  "orders/create": handleShopifyOrder,
  "orders/updated": handleShopifyOrder,
  "orders/paid": handleShopifyOrder,
  "orders/cancelled": handleShopifyOrder,
  "products/create": handleShopifyProduct,
  "products/update": handleShopifyProduct,
  "products/delete": handleShopifyProductsDelete,
  "inventory_levels/update": handleShopifyInventoryLevelsUpdate,
  "refunds/create": handleShopifyOrderChild,
  "fulfillments/create": handleShopifyOrderChild,
  "fulfillments/update": handleShopifyOrderChild,
  "app/uninstalled": handleShopifyAppUninstalled,
  "customers/data_request": handleShopifyCustomersDataRequest,
  "customers/redact": handleShopifyCustomersRedact,
  "shop/redact": handleShopifyShopRedact,
};
