import { toCapabilityPayment } from "@/lib/providers/iyzico/payment-adapter";
import type { PaymentAdapter } from "@/lib/providers/payment";
import type { AdapterInput } from "@/lib/providers/types";
import { createStripeAdapter } from "./adapter";
import type { StripeCredentials } from "./config";

/** Stripe's own API (PaymentIntents, refunds, disputes, events) from stored credentials: what lib/payments drives. */
export function createStripeApi(input: AdapterInput<StripeCredentials>) {
  return createStripeAdapter({
    baseUrl: input.credentials.base_url,
    secretKey: input.credentials.secret_key,
    fetch: input.fetch,
  });
}

/** The registry's payment capability on Stripe: a PaymentIntent per order ref (the idempotency key names it). */
export function createStripePayments(input: AdapterInput<StripeCredentials>): PaymentAdapter {
  const adapter = createStripeApi(input);
  return {
    testConnection: () => adapter.testConnection(),
    async createPayment(payment) {
      const intent = await adapter.createPaymentIntent({
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        orderId: payment.orderRef,
        idempotencyKey: `pi:${payment.orderRef}`,
        description: payment.description,
        receiptEmail: payment.customer.email,
      });
      return { paymentId: intent.paymentIntentId, url: null, clientSecret: intent.clientSecret };
    },
    async getPayment(ref) {
      // Stripe is looked up by PaymentIntent id; payments by order are found through Köprü's own records.
      if (!("paymentId" in ref)) return null;
      try {
        return toCapabilityPayment(await adapter.retrievePayment(ref.paymentId));
      } catch (error) {
        if ((error as { kind?: string }).kind === "not_found") return null;
        throw error;
      }
    },
    async refund(refund) {
      const result = await adapter.refund({
        paymentIntentId: refund.paymentId,
        amountMinor: refund.amountMinor,
        idempotencyKey: refund.idempotencyKey,
      });
      return {
        refundId: result.remoteId,
        status: result.status === "canceled" ? "failed" : result.status,
        amountMinor: result.amountMinor,
      };
    },
    async cancelPayment({ paymentId, idempotencyKey }) {
      await adapter.cancelPaymentIntent(paymentId, idempotencyKey);
    },
  };
}
