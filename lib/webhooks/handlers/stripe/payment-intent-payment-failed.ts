import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordPaymentIntent } from "./record-payment-intent";

export const handleStripePaymentIntentPaymentFailed: WebhookHandler = (context) =>
  recordPaymentIntent(context, "failed");
