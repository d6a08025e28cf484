/**
 * Payment capability (iyzico, Stripe). Money is integer minor units (kuruş for TRY) with an ISO 4217 currency; ids are
 * the provider's own ids as strings. Adapters never touch the DB or env; they throw `ProviderError` with a
 * merchant-readable message, and keep the provider's own words in `details.providerMessage`.
 */

export const PAYMENT_STATUSES = [
  "pending",
  "requires_action",
  "succeeded",
  "failed",
  "cancelled",
  "refunded",
  "partially_refunded",
] as const;
export type PaymentStatusValue = (typeof PAYMENT_STATUSES)[number];

export type Payment = {
  /** The provider's payment id (iyzico paymentId, Stripe PaymentIntent id). */
  paymentId: string;
  /** Köprü's order reference the payment was created for (iyzico conversationId/basketId, Stripe metadata). */
  orderRef: string | null;
  status: PaymentStatusValue;
  amountMinor: number;
  refundedMinor: number;
  currency: string;
  /** When the provider last changed it; the newer-wins guard compares this. */
  updatedAt: Date;
  raw: unknown;
};

export type CreatePaymentInput = {
  /** Stable per order: creating twice with the same ref returns the same payment/link, never a second charge. */
  orderRef: string;
  amountMinor: number;
  currency: string;
  description: string;
  customer: { name: string; email: string | null; phone: string | null };
  /** Where the payer returns after a hosted page / 3-D Secure. */
  returnUrl: string;
};

/** A payment to complete in the provider's hosted page or with its client secret. */
export type PaymentLink = { paymentId: string | null; url: string | null; clientSecret: string | null };

export type RefundInput = {
  paymentId: string;
  amountMinor: number;
  /** Stable per refund intent (e.g. `refund:<orderRef>:<n>`): a retried call must not refund twice. */
  idempotencyKey: string;
  reason?: string;
};
export type Refund = { refundId: string; status: "pending" | "succeeded" | "failed"; amountMinor: number };

export interface PaymentAdapter {
  /** One cheap authenticated call; throws ProviderError naming a wrong key distinctly. */
  testConnection(): Promise<void>;
  /** Idempotent per `orderRef`. */
  createPayment(input: CreatePaymentInput): Promise<PaymentLink>;
  /** null when the provider does not know it. */
  getPayment(ref: { paymentId: string } | { orderRef: string }): Promise<Payment | null>;
  /** Idempotent per `idempotencyKey`; `amountMinor` may be less than the payment (partial refund). */
  refund(input: RefundInput): Promise<Refund>;
  /** Voids an authorised, not yet captured/settled payment. Idempotent: cancelling a cancelled payment succeeds. */
  cancelPayment?(input: { paymentId: string; idempotencyKey: string }): Promise<void>;
}
