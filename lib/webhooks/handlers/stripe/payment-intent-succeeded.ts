import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordPaymentIntent } from "./record-payment-intent";

export const handleStripePaymentIntentSucceeded: WebhookHandler = (context) =>
  recordPaymentIntent(context, "succeeded");
