import type { ArasWebhookEventType } from "@/lib/providers/aras/wire";
import type { HepsiburadaWebhookEventType } from "@/lib/providers/hepsiburada/wire";
import type { IyzicoWebhookEventType } from "@/lib/providers/iyzico/webhook-sample";
import type { ShopifyWebhookEventType } from "@/lib/providers/shopify/webhook-sample";
import type { StripeWebhookEventType } from "@/lib/providers/stripe/webhook-sample";
import type { TrendyolWebhookEventType } from "@/lib/providers/trendyol/webhook-wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import type { WebhookProviderId } from "@/lib/webhooks/webhook-providers";
import { handleArasShipmentDelivered } from "./aras/shipment-delivered";
import { handleArasShipmentReturned } from "./aras/shipment-returned";
import { handleArasShipmentStatusChanged } from "./aras/shipment-status-changed";
import { handleHepsiburadaOrderStatusChanged } from "./hepsiburada/order-status-changed";
import { handleHepsiburadaProductUpdated } from "./hepsiburada/product-updated";
import { handleIyzicoEvent } from "./iyzico/reread-iyzico-payment";
import { handleShopifyAppUninstalled } from "./shopify/app-uninstalled";
import { handleShopifyInventoryLevelsUpdate } from "./shopify/inventory-levels-update";
import { handleShopifyOrdersCancelled } from "./shopify/orders-cancelled";
import { handleShopifyOrdersCreate } from "./shopify/orders-create";
import { handleShopifyOrdersPaid } from "./shopify/orders-paid";
import { handleShopifyOrdersUpdated } from "./shopify/orders-updated";
import { handleShopifyProductsCreate } from "./shopify/products-create";
import { handleShopifyProductsDelete } from "./shopify/products-delete";
import { handleShopifyProductsUpdate } from "./shopify/products-update";
import { handleShopifyRefundsCreate } from "./shopify/refunds-create";
import { handleStripeEvent } from "./stripe/reread-stripe-object";
import { handleTrendyolOrderCancelled } from "./trendyol/order-cancelled";
import { handleTrendyolOrderCreated } from "./trendyol/order-created";
import { handleTrendyolOrderStatusChanged } from "./trendyol/order-status-changed";

// Each table is typed by the provider's own event type list, so a new event type there fails to compile until handled.
const SHOPIFY: Record<ShopifyWebhookEventType, WebhookHandler> = {
  "orders/create": handleShopifyOrdersCreate,
  "orders/updated": handleShopifyOrdersUpdated,
  "orders/paid": handleShopifyOrdersPaid,
  "orders/cancelled": handleShopifyOrdersCancelled,
  "products/create": handleShopifyProductsCreate,
  "products/update": handleShopifyProductsUpdate,
  "products/delete": handleShopifyProductsDelete,
  "inventory_levels/update": handleShopifyInventoryLevelsUpdate,
  "refunds/create": handleShopifyRefundsCreate,
  "app/uninstalled": handleShopifyAppUninstalled,
};

// Payment events are hints: one handler per provider re-reads the payment, whatever the event type.
const STRIPE: Record<StripeWebhookEventType, WebhookHandler> = {
  "payment_intent.succeeded": handleStripeEvent,
  "payment_intent.payment_failed": handleStripeEvent,
  "payment_intent.canceled": handleStripeEvent,
  "charge.refunded": handleStripeEvent,
  "charge.dispute.created": handleStripeEvent,
  "refund.created": handleStripeEvent,
};

const IYZICO: Record<IyzicoWebhookEventType, WebhookHandler> = {
  "CHECKOUT_FORM_AUTH.SUCCESS": handleIyzicoEvent,
  "CHECKOUT_FORM_AUTH.FAILURE": handleIyzicoEvent,
  "API_AUTH.SUCCESS": handleIyzicoEvent,
  "API_AUTH.FAILURE": handleIyzicoEvent,
  "THREE_DS_AUTH.SUCCESS": handleIyzicoEvent,
  "THREE_DS_AUTH.FAILURE": handleIyzicoEvent,
};

const HEPSIBURADA: Record<HepsiburadaWebhookEventType, WebhookHandler> = {
  ORDER_STATUS_CHANGED: handleHepsiburadaOrderStatusChanged,
  PRODUCT_UPDATED: handleHepsiburadaProductUpdated,
};

const TRENDYOL: Record<TrendyolWebhookEventType, WebhookHandler> = {
  "order.created": handleTrendyolOrderCreated,
  "order.status_changed": handleTrendyolOrderStatusChanged,
  "order.cancelled": handleTrendyolOrderCancelled,
};

const ARAS: Record<ArasWebhookEventType, WebhookHandler> = {
  "shipment.status_changed": handleArasShipmentStatusChanged,
  "shipment.delivered": handleArasShipmentDelivered,
  "shipment.returned": handleArasShipmentReturned,
};

export const WEBHOOK_HANDLERS: { [P in WebhookProviderId]: Record<string, WebhookHandler> } = {
  shopify: SHOPIFY,
  stripe: STRIPE,
  iyzico: IYZICO,
  hepsiburada: HEPSIBURADA,
  trendyol: TRENDYOL,
  aras: ARAS,
};

/** The handler for a stored event, or undefined for an unknown provider or event type (own keys only). */
export function findWebhookHandler(provider: string, eventType: string | null): WebhookHandler | undefined {
  if (eventType === null || !Object.hasOwn(WEBHOOK_HANDLERS, provider)) return undefined;
  const handlers = WEBHOOK_HANDLERS[provider as WebhookProviderId];
  return Object.hasOwn(handlers, eventType) ? handlers[eventType] : undefined;
}
