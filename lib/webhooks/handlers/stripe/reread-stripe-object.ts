import { loadStripeAdapter } from "@/lib/payments/load-payment-adapter";
import { syncStripeEvent } from "@/lib/payments/sync-stripe-event";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/**
 * Every Stripe event is a hint: the object it names is read back from Stripe before anything changes. A test delivery
 * from our own button names an object Stripe does not have, so it proves the path and changes nothing.
 */
export const handleStripeEvent: WebhookHandler = async ({ db, event, payload }) => {
  if (event.isTest) return { outcome: "processed", note: "test delivery: verified and stored; no payment read back" };
  const { adapter } = await loadStripeAdapter(db);
  return syncStripeEvent({ db, adapter, event: payload, source: "webhook" });
};
