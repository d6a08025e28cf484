import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordPaymentIntent } from "./record-payment-intent";

export const handleStripePaymentIntentCanceled: WebhookHandler = (context) => recordPaymentIntent(context, "canceled");
