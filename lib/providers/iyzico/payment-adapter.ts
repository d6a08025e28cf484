import type { Payment, PaymentAdapter, PaymentStatusValue, ProviderPayment } from "@/lib/providers/payment";
import type { AdapterInput } from "@/lib/providers/types";
import { createIyzicoAdapter } from "./adapter";
import type { IyzicoCredentials } from "./config";
import { IyzicoError } from "./errors";

/** Our richer read → the registry's PaymentAdapter shape (refund totals are not in iyzico's read: 0 there). */
export function toCapabilityPayment(payment: ProviderPayment, now = new Date()): Payment {
  const refunded = payment.refundedMinor ?? 0;
  const status: PaymentStatusValue =
    payment.status === "canceled"
      ? "cancelled"
      : payment.status === "processing"
        ? "pending"
        : payment.status === "succeeded" && refunded >= payment.amountMinor && refunded > 0
          ? "refunded"
          : payment.status === "succeeded" && refunded > 0
            ? "partially_refunded"
            : payment.status;
  return {
    paymentId: payment.remoteId,
    orderRef: payment.orderRef,
    status,
    amountMinor: payment.amountMinor,
    refundedMinor: refunded,
    currency: payment.currency,
    updatedAt: now,
    raw: payment.raw,
  };
}

/** iyzico's own API (checkout form, 3-D Secure, refunds by transaction) from stored credentials: what lib/payments drives. */
export function createIyzicoApi(input: AdapterInput<IyzicoCredentials>) {
  const { credentials } = input;
  return createIyzicoAdapter({
    baseUrl: credentials.base_url,
    apiKey: credentials.api_key,
    secretKey: credentials.secret_key,
    fetch: input.fetch,
  });
}

/**
 * The registry's payment capability on iyzico. `createPayment` is a checkout form (hosted page); iyzico has no
 * idempotency key, so the conversation id is the order ref and a timeout is resolved by looking it up.
 */
export function createIyzicoPayments(input: AdapterInput<IyzicoCredentials>): PaymentAdapter {
  const adapter = createIyzicoApi(input);
  return {
    testConnection: () => adapter.testConnection(),
    async createPayment(payment) {
      const [name = "-", ...rest] = payment.customer.name.trim().split(/\s+/);
      const form = await adapter.initializeCheckoutForm({
        conversationId: payment.orderRef,
        basketId: payment.orderRef,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        buyer: {
          id: payment.orderRef,
          name,
          surname: rest.join(" ") || name,
          email: payment.customer.email ?? "musteri@example.invalid",
          gsmNumber: payment.customer.phone ?? undefined,
          address: "-",
          city: "İstanbul",
          country: "Turkey",
          ip: "127.0.0.1",
        },
        items: [
          { id: payment.orderRef, name: payment.description, category: "Sipariş", priceMinor: payment.amountMinor },
        ],
        callbackUrl: payment.returnUrl,
      });
      return { paymentId: null, url: form.paymentPageUrl, clientSecret: null };
    },
    async getPayment(ref) {
      try {
        const read = await adapter.retrievePayment(
          "paymentId" in ref ? { paymentId: ref.paymentId } : { conversationId: ref.orderRef },
        );
        return toCapabilityPayment(read);
      } catch (error) {
        if (error instanceof IyzicoError && error.kind === "invalid_request") return null;
        throw error;
      }
    },
    async refund(refund) {
      const payment = await adapter.retrievePayment({ paymentId: refund.paymentId });
      const result = await adapter.refund({
        paymentId: refund.paymentId,
        amountMinor: refund.amountMinor,
        currency: payment.currency,
        conversationId: refund.idempotencyKey,
        ip: "127.0.0.1",
      });
      return { refundId: result.remoteId, status: "succeeded", amountMinor: result.amountMinor };
    },
    async cancelPayment({ paymentId, idempotencyKey }) {
      await adapter.cancel({ paymentId, conversationId: idempotencyKey, ip: "127.0.0.1" });
    },
  };
}
