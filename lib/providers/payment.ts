/** Provider-neutral payment domain types. Money is integer minor units (kuruş for TRY), never a float. */

export const PROVIDER_PAYMENT_STATUSES = [
  "pending",
  "requires_action",
  "processing",
  "succeeded",
  "failed",
  "canceled",
] as const;
export type ProviderPaymentStatus = (typeof PROVIDER_PAYMENT_STATUSES)[number];

/** A payment as the provider describes it right now: the only source of payment state. */
export type ProviderPayment = {
  provider: "iyzico" | "stripe";
  remoteId: string;
  status: ProviderPaymentStatus;
  /** Our order id as sent to the provider (Stripe metadata.order_id, iyzico basketId). */
  orderRef: string | null;
  amountMinor: number;
  /** Null when the read does not say (iyzico's payment detail carries no refund totals). */
  refundedMinor: number | null;
  currency: string;
  method: { family: string | null; brand: string | null; last4: string | null; installments: number | null };
  failure: { code: string | null; messageKey: string | null; providerMessage: string | null } | null;
  /** The provider's own record of this payment, stored for the detail page. */
  raw: unknown;
};

export type ProviderRefund = {
  remoteId: string;
  amountMinor: number;
  currency: string;
  status: "pending" | "succeeded" | "failed" | "canceled";
};

export type ProviderDispute = {
  remoteId: string;
  paymentRemoteId: string | null;
  amountMinor: number;
  currency: string;
  reason: string;
  status: string;
  evidenceDueBy: Date | null;
};
