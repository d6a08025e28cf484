/** Stripe's public surface: what the registry and lib/payments import. */
export { STRIPE_PAYMENT_EVENT_TYPES, createStripeAdapter, type StripeAdapter } from "./adapter";
export { stripeProvider, type StripeCredentials } from "./config";
export { createStripeApi, createStripePayments } from "./payment-adapter";
export { parseStripeWebhook, verifyStripeWebhook } from "./webhook";
export { STRIPE_WEBHOOK_EVENT_TYPES, buildSampleStripeWebhook } from "./webhook-sample";
