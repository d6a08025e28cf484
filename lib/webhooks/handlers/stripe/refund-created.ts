import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/** A refund on its own is a delta; charge.refunded carries the cumulative amount and is what the payment converges on. */
export const handleStripeRefundCreated: WebhookHandler = async () => ({
  outcome: "ignored",
  note: "charge.refunded carries the charge's cumulative refunded amount; a single refund is not applied as a delta",
});
