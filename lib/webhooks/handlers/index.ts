import type { ArasWebhookEventType } from "@/lib/providers/aras/wire";
import type { HepsiburadaWebhookEventType } from "@/lib/providers/hepsiburada/webhook-wire";
import type { IyzicoWebhookEventType } from "@/lib/providers/iyzico/webhook-sample";
import type { ShopifyWebhookEventType } from "@/lib/providers/shopify/webhook-sample";
import type { StripeWebhookEventType } from "@/lib/providers/stripe/webhook-sample";
import type { TrendyolWebhookEventType } from "@/lib/providers/trendyol/webhook-wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import type { WebhookProviderId } from "@/lib/webhooks/webhook-providers";
import { handleArasShipmentDelivered } from "./aras/shipment-delivered";
import { handleArasShipmentReturned } from "./aras/shipment-returned";
import { handleArasShipmentStatusChanged } from "./aras/shipment-status-changed";
import { handleHepsiburadaClaimChanged } from "./hepsiburada/claim-changed";
import { handleHepsiburadaPackageMoved } from "./hepsiburada/package-moved";
import { queueHepsiburadaOrdersSync } from "./hepsiburada/queue-orders-sync";
import { handleIyzicoApiAuthFailure } from "./iyzico/api-auth-failure";
import { handleIyzicoApiAuthSuccess } from "./iyzico/api-auth-success";
import { handleIyzicoCheckoutFormAuthFailure } from "./iyzico/checkout-form-auth-failure";
import { handleIyzicoCheckoutFormAuthSuccess } from "./iyzico/checkout-form-auth-success";
import { handleIyzicoThreeDsAuthFailure } from "./iyzico/three-ds-auth-failure";
import { handleIyzicoThreeDsAuthSuccess } from "./iyzico/three-ds-auth-success";
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
  "order.created": queueHepsiburadaOrdersSync,
  "package.created": queueHepsiburadaOrdersSync,
  "line.cancelled": queueHepsiburadaOrdersSync,
  "package.unpacked": queueHepsiburadaOrdersSync,
  "order.shipping_address_changed": queueHepsiburadaOrdersSync,
  "package.in_transit": handleHepsiburadaPackageMoved,
  "package.delivered": handleHepsiburadaPackageMoved,
  "package.undelivered": handleHepsiburadaPackageMoved,
  "claim.awaiting_action": handleHepsiburadaClaimChanged,
  "claim.accepted": handleHepsiburadaClaimChanged,
  "claim.rejected": handleHepsiburadaClaimChanged,
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
