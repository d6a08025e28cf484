import { describe, expect, it } from "vitest";
import { iyzicoFailureKey } from "./errors";
import { toIyzicoStatus, toProviderPayment } from "./transform";
import { iyzicoPaymentSchema } from "./wire";

describe("iyzicoFailureKey", () => {
  it.each([
    [{ errorCode: "10051", errorGroup: "NOT_SUFFICIENT_FUNDS" }, "invalid_request", "insufficient_funds"],
    [{ errorCode: "10054", errorGroup: "EXPIRED_CARD" }, "invalid_request", "expired_card"],
    [{ errorCode: "10043" }, "invalid_request", "lost_or_stolen_card"],
    [{ errorCode: "10999" }, "invalid_request", "card_declined"],
    [{ errorCode: "1000" }, "auth", "iyzico_bad_signature"],
    [{ errorCode: "1001" }, "auth", "iyzico_unknown_api_key"],
    [{ errorCode: 50000 }, "rate_limited", "provider_rate_limited"],
    [{ errorCode: "12" }, "invalid_request", "invalid_card_number"],
    [{ errorCode: "77" }, "invalid_request", "iyzico_rejected"],
  ])("%o → %s / %s", (failure, kind, messageKey) => {
    expect(iyzicoFailureKey(failure)).toEqual({ kind, messageKey });
  });
});

describe("toProviderPayment", () => {
  const base = { paymentId: "22480001", price: "100.0", paidPrice: "112.5", currency: "TRY", basketId: "42" };

  it.each([
    [{ paymentStatus: "SUCCESS" }, "succeeded"],
    [{ paymentStatus: "FAILURE" }, "failed"],
    [{ paymentStatus: "INIT_THREEDS" }, "requires_action"],
    [{ paymentStatus: "CALLBACK_THREEDS" }, "processing"],
    [{ paymentStatus: "SOMETHING_NEW" }, "pending"],
    [{}, "succeeded"],
    [{ paymentStatus: "SUCCESS", fraudStatus: "0" }, "processing"],
    [{ paymentStatus: "SUCCESS", fraudStatus: "-1" }, "failed"],
  ])("%o → %s", (fields, status) => {
    expect(toIyzicoStatus(fields)).toBe(status);
  });

  it("keeps money in kuruş, the paid price (with instalment interest) as the amount, and the card family", () => {
    const payment = toProviderPayment(
      iyzicoPaymentSchema.parse({
        ...base,
        paymentStatus: "SUCCESS",
        installment: "3",
        cardFamily: "Bonus",
        cardAssociation: "VISA",
        lastFourDigits: "0006",
      }),
    );
    expect(payment).toMatchObject({
      remoteId: "22480001",
      status: "succeeded",
      orderRef: "42",
      amountMinor: 11250,
      refundedMinor: null,
      currency: "TRY",
      method: { family: "Bonus", brand: "VISA", last4: "0006", installments: 3 },
      failure: null,
    });
  });

  it("describes a declined payment with our key and iyzico's own words", () => {
    const payment = toProviderPayment(
      iyzicoPaymentSchema.parse({
        ...base,
        paymentStatus: "FAILURE",
        errorCode: "10051",
        errorGroup: "NOT_SUFFICIENT_FUNDS",
        errorMessage: "Kart limiti yetersiz",
      }),
    );
    expect(payment.failure).toEqual({
      code: "10051",
      messageKey: "errors.payments.insufficient_funds",
      providerMessage: "Kart limiti yetersiz",
    });
  });
});
