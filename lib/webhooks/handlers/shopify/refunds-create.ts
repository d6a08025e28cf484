import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/** A refund is a delta on an order; Shopify also sends orders/updated with the whole order, which is what converges. */
export const handleShopifyRefundsCreate: WebhookHandler = async () => ({
  outcome: "ignored",
  note: "orders/updated carries the refunded order; a refund alone is not applied as a delta",
});
