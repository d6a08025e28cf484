import { upsertPayment } from "@/lib/payments/upsert-payment";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { upsertNote } from "../upsert-note";
import { stripeChargeEventSchema, stripeEventTime } from "@/lib/providers/stripe/transform";

/** `amount_refunded` is the charge's cumulative refunded amount, so the payment converges whatever refunds came before. */
export const handleStripeChargeRefunded: WebhookHandler = async ({ db, payload }) => {
  const event = parsePayload(stripeChargeEventSchema, payload, "Stripe charge");
  const charge = event.data.object;
  if (!charge.payment_intent) {
    return {
      outcome: "ignored",
      note: `charge ${charge.id} has no payment intent; payments are tracked by payment intent`,
    };
  }
  const outcome = await upsertPayment({
    db,
    payment: {
      provider: "stripe",
      remoteId: charge.payment_intent,
      status: charge.amount_refunded >= charge.amount ? "refunded" : "partially_refunded",
      remoteUpdatedAt: stripeEventTime(event),
      raw: event,
      amountKurus: charge.amount,
      refundedKurus: charge.amount_refunded,
      currency: charge.currency,
    },
  });
  return { outcome: "processed", note: upsertNote(`payment ${charge.payment_intent}`, outcome) };
};
