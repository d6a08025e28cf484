/**
 * Stripe's public surface: what the registry imports. No adapter yet: the client work adds
 * `createStripePayments(input: AdapterInput<StripeCredentials>): PaymentAdapter` here and names it in the registry entry.
 */
export { stripeProvider, type StripeCredentials } from "./config";
export { parseStripeWebhook, verifyStripeWebhook } from "./webhook";
export { STRIPE_WEBHOOK_EVENT_TYPES, buildSampleStripeWebhook } from "./webhook-sample";
