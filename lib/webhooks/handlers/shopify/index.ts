import type { ShopifyWebhookEventType } from "@/lib/providers/shopify/webhook-sample";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { handleShopifyAppUninstalled } from "./app-uninstalled";
import { handleShopifyInventoryLevelsUpdate } from "./inventory-levels-update";
import { handleShopifyProductsDelete } from "./products-delete";
import { recordShopifyOrder } from "./record-shopify-order";
import { recordShopifyProduct } from "./record-shopify-product";
import { handleShopifyRefundsCreate } from "./refunds-create";

export const shopifyWebhookHandlers: Record<ShopifyWebhookEventType, WebhookHandler> = {
  "orders/create": recordShopifyOrder,
  "orders/updated": recordShopifyOrder,
  "orders/paid": recordShopifyOrder,
  "orders/cancelled": recordShopifyOrder,
  "products/create": recordShopifyProduct,
  "products/update": recordShopifyProduct,
  "products/delete": handleShopifyProductsDelete,
  "inventory_levels/update": handleShopifyInventoryLevelsUpdate,
  "refunds/create": handleShopifyRefundsCreate,
  "app/uninstalled": handleShopifyAppUninstalled,
};
