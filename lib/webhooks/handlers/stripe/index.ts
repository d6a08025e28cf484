import type { StripeWebhookEventType } from "@/lib/providers/stripe/webhook-sample";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { handleStripeChargeDisputeCreated } from "./charge-dispute-created";
import { handleStripeChargeRefunded } from "./charge-refunded";
import { recordPaymentIntent } from "./record-payment-intent";
import { handleStripeRefundCreated } from "./refund-created";

export const stripeWebhookHandlers: Record<StripeWebhookEventType, WebhookHandler> = {
  "payment_intent.succeeded": (context) => recordPaymentIntent(context, "succeeded"),
  "payment_intent.payment_failed": (context) => recordPaymentIntent(context, "failed"),
  "payment_intent.canceled": (context) => recordPaymentIntent(context, "canceled"),
  "charge.refunded": handleStripeChargeRefunded,
  "charge.dispute.created": handleStripeChargeDisputeCreated,
  "refund.created": handleStripeRefundCreated,
};
