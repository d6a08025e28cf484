import { ProviderError } from "@/lib/errors";
import type { ProviderPayment, ProviderRefund } from "@/lib/providers/payment";
import { safeEqual } from "@/lib/providers/safe-equal";
import { iyzicoResponseSignature } from "./auth";
import { createIyzicoClient, type IyzicoClientOptions } from "./client";
import { IyzicoError } from "./errors";
import { formatIyzicoPrice } from "./price";
import { toProviderPayment } from "./transform";
import {
  iyzicoCheckoutFormInitSchema,
  iyzicoInstallmentSchema,
  iyzicoPaymentSchema,
  iyzicoRefundSchema,
  iyzicoThreeDsInitSchema,
  type IyzicoPayment,
  type IyzicoThreeDsCallback,
} from "./wire";

/** iyzico requires a national id; when the buyer's is unknown, merchants send this placeholder, which iyzico accepts. */
export const UNKNOWN_IDENTITY_NUMBER = "11111111111";

export type IyzicoBuyer = {
  id: string;
  name: string;
  surname: string;
  email: string;
  identityNumber?: string;
  gsmNumber?: string;
  address: string;
  city: string;
  country: string;
  zipCode?: string;
  ip: string;
};

export type IyzicoOrderInput = {
  /** Ours, echoed back; also how a payment is found after a timeout. Unique per attempt. */
  conversationId: string;
  /** Our order id; iyzico's `basketId`. */
  basketId: string;
  amountMinor: number;
  currency: string;
  buyer: IyzicoBuyer;
  items: { id: string; name: string; category: string; priceMinor: number }[];
};

export type IyzicoCard = { holderName: string; number: string; expireMonth: string; expireYear: string; cvc: string };

function paymentBody(input: IyzicoOrderInput) {
  const total = input.items.reduce((sum, item) => sum + item.priceMinor, 0);
  if (total !== input.amountMinor)
    throw new RangeError(`Basket items add up to ${total}, not the amount ${input.amountMinor}`);
  const { buyer } = input;
  const address = {
    contactName: `${buyer.name} ${buyer.surname}`,
    city: buyer.city,
    country: buyer.country,
    address: buyer.address,
    zipCode: buyer.zipCode,
  };
  return {
    conversationId: input.conversationId,
    price: formatIyzicoPrice(input.amountMinor),
    paidPrice: formatIyzicoPrice(input.amountMinor),
    currency: input.currency.toUpperCase(),
    basketId: input.basketId,
    paymentGroup: "PRODUCT",
    buyer: {
      id: buyer.id,
      name: buyer.name,
      surname: buyer.surname,
      email: buyer.email,
      identityNumber: buyer.identityNumber ?? UNKNOWN_IDENTITY_NUMBER,
      gsmNumber: buyer.gsmNumber,
      registrationAddress: buyer.address,
      city: buyer.city,
      country: buyer.country,
      zipCode: buyer.zipCode,
      ip: buyer.ip,
    },
    billingAddress: address,
    shippingAddress: address,
    basketItems: input.items.map((item) => ({
      id: item.id,
      name: item.name,
      category1: item.category,
      itemType: "PHYSICAL",
      price: formatIyzicoPrice(item.priceMinor),
    })),
  };
}

const paymentSigned = (p: IyzicoPayment) => [
  p.paymentId,
  p.currency,
  p.basketId,
  p.conversationId,
  p.paidPrice,
  p.price,
];

export function createIyzicoAdapter(options: IyzicoClientOptions) {
  const client = createIyzicoClient(options);

  async function retrievePayment(query: { paymentId?: string; conversationId?: string }): Promise<ProviderPayment> {
    const payment = await client.post({
      path: "/payment/detail",
      body: {
        conversationId: query.conversationId ?? query.paymentId,
        paymentId: query.paymentId,
        paymentConversationId: query.conversationId,
      },
      schema: iyzicoPaymentSchema,
      signedValues: paymentSigned,
      failureMayDescribePayment: true,
    });
    return toProviderPayment(payment);
  }

  /**
   * Runs a call that may move money. On a network failure or timeout the payment is looked up by conversation id
   * before anything else happens: if iyzico has it, that is the answer; otherwise the error stands and the caller may
   * try again with the same conversation id. Never a blind resend.
   */
  async function withLookup(conversationId: string, call: () => Promise<ProviderPayment>): Promise<ProviderPayment> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ProviderError) || (error.kind !== "network" && error.kind !== "unavailable")) throw error;
      try {
        return await retrievePayment({ conversationId });
      } catch {
        throw error;
      }
    }
  }

  return {
    /** A cheap authenticated call: a wrong key answers 1000/1001; any other business answer means the keys work. */
    async testConnection(): Promise<void> {
      await client.ping();
      try {
        await client.post({
          path: "/payment/detail",
          body: { conversationId: "kopru-connection-test", paymentConversationId: "kopru-connection-test" },
          schema: iyzicoPaymentSchema,
        });
      } catch (error) {
        if (error instanceof IyzicoError && error.kind !== "auth" && error.kind !== "rate_limited") return;
        if (error instanceof ProviderError && error.kind === "bad_response") return;
        throw error;
      }
    },

    /** The hosted payment page: iyzico's `paymentPageUrl` is the link the buyer opens. */
    async initializeCheckoutForm(input: IyzicoOrderInput & { callbackUrl: string; enabledInstallments?: number[] }) {
      const reply = await client.post({
        path: "/payment/iyzipos/checkoutform/initialize/auth/ecom",
        body: {
          ...paymentBody(input),
          callbackUrl: input.callbackUrl,
          enabledInstallments: input.enabledInstallments ?? [1, 2, 3, 6, 9],
        },
        schema: iyzicoCheckoutFormInitSchema,
        signedValues: (r) => [r.conversationId, r.token],
      });
      const seconds = Number(reply.tokenExpireTime ?? 1800);
      return {
        token: reply.token,
        paymentPageUrl: reply.paymentPageUrl,
        expiresInSeconds: Number.isFinite(seconds) ? seconds : 1800,
      };
    },

    async retrieveCheckoutForm(input: { token: string; conversationId?: string }): Promise<ProviderPayment> {
      const payment = await client.post({
        path: "/payment/iyzipos/checkoutform/auth/ecom/detail",
        body: { conversationId: input.conversationId, token: input.token },
        schema: iyzicoPaymentSchema,
        signedValues: (p) => [
          p.paymentStatus,
          p.paymentId,
          p.currency,
          p.basketId,
          p.conversationId,
          p.paidPrice,
          p.price,
          p.token,
        ],
        failureMayDescribePayment: true,
      });
      return toProviderPayment(payment);
    },

    /** Starts a 3DS payment; `html` is the bank's page (decoded) to render to the buyer. */
    async initializeThreeDs(input: IyzicoOrderInput & { callbackUrl: string; card: IyzicoCard; installment?: number }) {
      const reply = await client.post({
        path: "/payment/3dsecure/initialize",
        body: {
          ...paymentBody(input),
          installment: input.installment ?? 1,
          paymentChannel: "WEB",
          callbackUrl: input.callbackUrl,
          paymentCard: {
            cardHolderName: input.card.holderName,
            cardNumber: input.card.number,
            expireMonth: input.card.expireMonth,
            expireYear: input.card.expireYear,
            cvc: input.card.cvc,
            registerCard: 0,
          },
        },
        schema: iyzicoThreeDsInitSchema,
        signedValues: (r) => [r.paymentId, r.conversationId],
      });
      return { paymentId: reply.paymentId, html: Buffer.from(reply.threeDSHtmlContent, "base64").toString("utf8") };
    },

    /** The bank's callback form: signature over `conversationData:conversationId:mdStatus:paymentId:status`. */
    verifyThreeDsCallback(form: IyzicoThreeDsCallback): { ok: boolean; isAuthenticated: boolean } {
      const expected = iyzicoResponseSignature(options.secretKey, [
        form.conversationData,
        form.conversationId,
        form.mdStatus,
        form.paymentId,
        form.status,
      ]);
      const ok = Boolean(form.signature) && safeEqual(expected, (form.signature ?? "").toLowerCase());
      return { ok, isAuthenticated: ok && form.status === "success" && form.mdStatus === "1" };
    },

    async completeThreeDs(input: {
      paymentId: string;
      conversationId: string;
      conversationData?: string;
    }): Promise<ProviderPayment> {
      return withLookup(input.conversationId, async () =>
        toProviderPayment(
          await client.post({
            path: "/payment/3dsecure/auth",
            body: {
              conversationId: input.conversationId,
              paymentId: input.paymentId,
              conversationData: input.conversationData || undefined,
            },
            schema: iyzicoPaymentSchema,
            signedValues: paymentSigned,
            failureMayDescribePayment: true,
          }),
        ),
      );
    },

    retrievePayment,

    async installmentInfo(input: { binNumber: string; amountMinor: number; currency?: string }) {
      const reply = await client.post({
        path: "/payment/iyzipos/installment",
        body: {
          conversationId: `bin-${input.binNumber}`,
          binNumber: input.binNumber.slice(0, 6),
          price: formatIyzicoPrice(input.amountMinor),
          currency: input.currency,
        },
        schema: iyzicoInstallmentSchema,
      });
      return reply.installmentDetails;
    },

    /**
     * Refund v2 (per payment). iyzico has no idempotency key: after a timeout the outcome is unknown, and the caller
     * must not resend without checking (the error says so).
     */
    async refund(input: {
      paymentId: string;
      amountMinor: number;
      currency: string;
      conversationId: string;
      ip: string;
    }): Promise<ProviderRefund> {
      try {
        const reply = await client.post({
          path: "/v2/payment/refund",
          body: {
            conversationId: input.conversationId,
            paymentId: input.paymentId,
            price: formatIyzicoPrice(input.amountMinor),
            currency: input.currency.toUpperCase(),
            ip: input.ip,
          },
          schema: iyzicoRefundSchema,
          signedValues: (r) => [r.paymentId, r.price, r.currency, r.conversationId],
        });
        return {
          remoteId: `${reply.paymentId}:${input.conversationId}`,
          amountMinor: input.amountMinor,
          currency: reply.currency.toUpperCase(),
          status: "succeeded",
        };
      } catch (error) {
        if (error instanceof ProviderError && (error.kind === "network" || error.kind === "unavailable"))
          throw new ProviderError(
            "network",
            "iyzico did not answer the refund; its outcome is unknown, check the payment at iyzico before trying again",
            { cause: error },
          );
        throw error;
      }
    },

    async cancel(input: { paymentId: string; conversationId: string; ip: string }): Promise<void> {
      await client.post({
        path: "/payment/cancel",
        body: { conversationId: input.conversationId, paymentId: input.paymentId, ip: input.ip, reason: "other" },
        schema: iyzicoRefundSchema,
      });
    },
  };
}

export type IyzicoAdapter = ReturnType<typeof createIyzicoAdapter>;
