import { loadStripeAdapter } from "@/lib/payments/load-payment-adapter";
import { syncStripeEvent } from "@/lib/payments/sync-stripe-event";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/** Every Stripe event is a hint: the object it names is read back from Stripe before anything changes. */
export const handleStripeEvent: WebhookHandler = async ({ db, payload }) => {
  const { adapter } = await loadStripeAdapter(db);
  return syncStripeEvent({ db, adapter, event: payload, source: "webhook" });
};
