import type { StripeWebhookEventType } from "@/lib/providers/stripe/webhook-sample";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { handleStripeEvent } from "./reread-stripe-object";

// Every Stripe event is a hint: one handler re-reads the object it names. `refund.created` is always accompanied by
// `charge.refunded`, which re-reads the same payment, so it is acknowledged without a second read.
const handleRefundCreated: WebhookHandler = async () => ({
  outcome: "ignored",
  note: "charge.refunded re-reads the payment; a new refund alone is not read twice",
});

export const stripeWebhookHandlers: Record<StripeWebhookEventType, WebhookHandler> = {
  "payment_intent.succeeded": handleStripeEvent,
  "payment_intent.payment_failed": handleStripeEvent,
  "payment_intent.processing": handleStripeEvent,
  "payment_intent.requires_action": handleStripeEvent,
  "payment_intent.canceled": handleStripeEvent,
  "charge.refunded": handleStripeEvent,
  "charge.refund.updated": handleStripeEvent,
  "charge.dispute.created": handleStripeEvent,
  "charge.dispute.updated": handleStripeEvent,
  "charge.dispute.closed": handleStripeEvent,
  "refund.created": handleRefundCreated,
  "refund.updated": handleStripeEvent,
  "refund.failed": handleStripeEvent,
};
