import type { ProviderPayment, ProviderPaymentStatus } from "@/lib/providers/payment";
import { iyzicoFailureKey } from "./errors";
import { parseIyzicoPrice } from "./price";
import type { IyzicoPayment } from "./wire";

/** iyzico's `paymentStatus` (checkout form and detail) → ours; 3DS payments pass through INIT and CALLBACK states. */
const STATUS: Record<string, ProviderPaymentStatus> = {
  SUCCESS: "succeeded",
  FAILURE: "failed",
  INIT_THREEDS: "requires_action",
  CALLBACK_THREEDS: "processing",
  INIT_BKM: "requires_action",
  INIT_APM: "requires_action",
  PENDING_CREDIT: "processing",
};

export function toIyzicoStatus(payment: {
  paymentStatus?: string | null;
  fraudStatus?: string | null;
}): ProviderPaymentStatus {
  if (payment.fraudStatus === "-1") return "failed";
  const status = payment.paymentStatus ? STATUS[payment.paymentStatus] : "succeeded";
  if (status === "succeeded" && payment.fraudStatus === "0") return "processing";
  return status ?? "pending";
}

/** A payment reply (auth, 3DS auth, checkout-form result, detail) as our provider-neutral payment. */
export function toProviderPayment(payment: IyzicoPayment): ProviderPayment {
  const status = toIyzicoStatus(payment);
  const installments = payment.installment ? Number(payment.installment) : null;
  return {
    provider: "iyzico",
    remoteId: payment.paymentId,
    status,
    orderRef: payment.basketId ?? null,
    amountMinor: parseIyzicoPrice(payment.paidPrice) ?? parseIyzicoPrice(payment.price) ?? 0,
    refundedMinor: null,
    currency: payment.currency.toUpperCase(),
    method: {
      family: payment.cardFamily ?? null,
      brand: payment.cardAssociation ?? null,
      last4: payment.lastFourDigits ?? null,
      installments: Number.isInteger(installments) ? installments : null,
    },
    failure:
      status === "failed"
        ? {
            code: payment.errorCode ?? null,
            messageKey: `errors.payments.${iyzicoFailureKey(payment).messageKey}`,
            providerMessage: payment.errorMessage ?? null,
          }
        : null,
    raw: payment,
  };
}
