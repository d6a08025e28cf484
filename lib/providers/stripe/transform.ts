import type Stripe from "stripe";
import type { ProviderDispute, ProviderPayment, ProviderPaymentStatus, ProviderRefund } from "@/lib/providers/payment";
import { stripeDeclineKey } from "./errors";

/** A PaymentIntent that failed goes back to `requires_payment_method` with `last_payment_error` set. */
export function toStripeStatus(
  intent: Pick<Stripe.PaymentIntent, "status" | "last_payment_error">,
): ProviderPaymentStatus {
  switch (intent.status) {
    case "succeeded":
      return "succeeded";
    case "canceled":
      return "canceled";
    case "processing":
    case "requires_capture":
      return "processing";
    case "requires_action":
      return "requires_action";
    case "requires_payment_method":
      return intent.last_payment_error ? "failed" : "pending";
    default:
      return "pending";
  }
}

function expandedCharge(intent: Stripe.PaymentIntent): Stripe.Charge | null {
  return intent.latest_charge && typeof intent.latest_charge === "object" ? intent.latest_charge : null;
}

/** A PaymentIntent (read with `expand[]=latest_charge`) as our provider-neutral payment. */
export function toStripePayment(intent: Stripe.PaymentIntent): ProviderPayment {
  const status = toStripeStatus(intent);
  const charge = expandedCharge(intent);
  const card = charge?.payment_method_details?.card ?? null;
  const error = intent.last_payment_error;
  return {
    provider: "stripe",
    remoteId: intent.id,
    status,
    orderRef: intent.metadata?.order_id ?? null,
    amountMinor: intent.amount,
    refundedMinor: charge ? charge.amount_refunded : 0,
    currency: intent.currency.toUpperCase(),
    method: {
      family: card?.funding ?? charge?.payment_method_details?.type ?? null,
      brand: card?.brand ?? null,
      last4: card?.last4 ?? null,
      installments: card?.installments?.plan?.count ?? (card ? 1 : null),
    },
    failure:
      status === "failed" && error
        ? {
            code: error.decline_code ?? error.code ?? null,
            messageKey: `errors.payments.${stripeDeclineKey(error)}`,
            providerMessage: error.message ?? null,
          }
        : null,
    raw: intent,
  };
}

export function toStripeRefund(refund: Stripe.Refund): ProviderRefund {
  const status =
    refund.status === "succeeded" || refund.status === "failed" || refund.status === "canceled"
      ? refund.status
      : "pending";
  return { remoteId: refund.id, amountMinor: refund.amount, currency: refund.currency.toUpperCase(), status };
}

export function toStripeDispute(dispute: Stripe.Dispute): ProviderDispute {
  const intent = dispute.payment_intent;
  const dueBy = dispute.evidence_details?.due_by;
  return {
    remoteId: dispute.id,
    paymentRemoteId: typeof intent === "string" ? intent : (intent?.id ?? null),
    amountMinor: dispute.amount,
    currency: dispute.currency.toUpperCase(),
    reason: dispute.reason,
    status: dispute.status,
    evidenceDueBy: dueBy ? new Date(dueBy * 1000) : null,
  };
}
