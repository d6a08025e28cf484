import { upsertPayment } from "@/lib/payments/upsert-payment";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { raiseAlertOnce } from "../raise-alert-once";
import { upsertNote } from "../upsert-note";
import { stripeDisputeEventSchema, stripeEventTime } from "@/lib/providers/stripe/transform";

/**
 * Marks the payment disputed and alerts the merchant, who has until `due_by` to answer. The alert is keyed by the
 * dispute id, so it is raised even when a newer event already moved the payment on, and only once.
 */
export const handleStripeChargeDisputeCreated: WebhookHandler = async ({ db, payload }) => {
  const event = parsePayload(stripeDisputeEventSchema, payload, "Stripe dispute");
  const dispute = event.data.object;
  const paymentRef = dispute.payment_intent ?? dispute.charge;
  const dueBy = dispute.evidence_details?.due_by
    ? new Date(dispute.evidence_details.due_by * 1000).toISOString()
    : null;
  const isNewAlert = await raiseAlertOnce({
    db,
    integrationId: "stripe",
    source: "stripe.dispute",
    key: dispute.id,
    message: `Stripe dispute opened on payment ${paymentRef} (${dispute.reason}, ${(dispute.amount / 100).toFixed(2)} ${dispute.currency})`,
    details: {
      dispute_id: dispute.id,
      payment_intent: dispute.payment_intent ?? null,
      charge: dispute.charge,
      reason: dispute.reason,
      due_by: dueBy,
    },
  });
  const alertNote = isNewAlert ? "alert raised" : "alert already raised";
  if (!dispute.payment_intent)
    return { outcome: "processed", note: `${alertNote}; charge ${dispute.charge} has no payment intent to update` };
  const outcome = await upsertPayment({
    db,
    payment: {
      provider: "stripe",
      remoteId: dispute.payment_intent,
      status: "disputed",
      remoteUpdatedAt: stripeEventTime(event),
      raw: event,
      currency: dispute.currency,
      disputeStatus: dispute.status,
    },
  });
  return { outcome: "processed", note: `${alertNote}; ${upsertNote(`payment ${dispute.payment_intent}`, outcome)}` };
};
