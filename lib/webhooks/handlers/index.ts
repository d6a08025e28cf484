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
import { handleIyzicoApiAuthFailure } from "./iyzico/api-auth-failure";
import { handleIyzicoApiAuthSuccess } from "./iyzico/api-auth-success";
import { handleIyzicoCheckoutFormAuthFailure } from "./iyzico/checkout-form-auth-failure";
import { handleIyzicoCheckoutFormAuthSuccess } from "./iyzico/checkout-form-auth-success";
import { handleIyzicoThreeDsAuthFailure } from "./iyzico/three-ds-auth-failure";
import { handleIyzicoThreeDsAuthSuccess } from "./iyzico/three-ds-auth-success";
import { handleShopifyAppUninstalled } from "./shopify/app-uninstalled";
import { handleShopifyInventoryLevelsUpdate } from "./shopify/inventory-levels-update";
import { handleShopifyCustomersDataRequest } from "./shopify/customers-data-request";
import { handleShopifyCustomersRedact } from "./shopify/customers-redact";
import { handleShopifyProductsDelete } from "./shopify/products-delete";
import { handleShopifyOrder, handleShopifyOrderChild } from "./shopify/record-shopify-order";
import { handleShopifyProduct } from "./shopify/record-shopify-product";
import { handleShopifyShopRedact } from "./shopify/shop-redact";
import { handleStripeChargeDisputeCreated } from "./stripe/charge-dispute-created";
import { handleStripeChargeRefunded } from "./stripe/charge-refunded";
import { handleStripePaymentIntentCanceled } from "./stripe/payment-intent-canceled";
import { handleStripePaymentIntentPaymentFailed } from "./stripe/payment-intent-payment-failed";
import { handleStripePaymentIntentSucceeded } from "./stripe/payment-intent-succeeded";
import { handleStripeRefundCreated } from "./stripe/refund-created";
import { handleTrendyolOrderCancelled } from "./trendyol/order-cancelled";
import { handleTrendyolOrderCreated } from "./trendyol/order-created";
import { handleTrendyolOrderStatusChanged } from "./trendyol/order-status-changed";

// Each table is typed by the provider's own event type list, so a new event type there fails to compile until handled.
const SHOPIFY: Record<ShopifyWebhookEventType, WebhookHandler> = {
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

const STRIPE: Record<StripeWebhookEventType, WebhookHandler> = {
  "payment_intent.succeeded": handleStripePaymentIntentSucceeded,
  "payment_intent.payment_failed": handleStripePaymentIntentPaymentFailed,
  "payment_intent.canceled": handleStripePaymentIntentCanceled,
  "charge.refunded": handleStripeChargeRefunded,
  "charge.dispute.created": handleStripeChargeDisputeCreated,
  "refund.created": handleStripeRefundCreated,
};

const IYZICO: Record<IyzicoWebhookEventType, WebhookHandler> = {
  "CHECKOUT_FORM_AUTH.SUCCESS": handleIyzicoCheckoutFormAuthSuccess,
  "CHECKOUT_FORM_AUTH.FAILURE": handleIyzicoCheckoutFormAuthFailure,
  "API_AUTH.SUCCESS": handleIyzicoApiAuthSuccess,
  "API_AUTH.FAILURE": handleIyzicoApiAuthFailure,
  "THREE_DS_AUTH.SUCCESS": handleIyzicoThreeDsAuthSuccess,
  "THREE_DS_AUTH.FAILURE": handleIyzicoThreeDsAuthFailure,
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
