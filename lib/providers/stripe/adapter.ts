import type Stripe from "stripe";
import type { ProviderDispute, ProviderPayment, ProviderRefund } from "@/lib/providers/payment";
import { STRIPE_WEBHOOK_EVENT_TYPES } from "./webhook-sample";
import { createStripeClient, type StripeClientOptions } from "./client";
import { toStripeProviderError } from "./errors";
import { toStripeDispute, toStripePayment, toStripeRefund } from "./transform";

/** Event types Köprü acts on (the webhook handler table's); the recovery job lists only these. */
export const STRIPE_PAYMENT_EVENT_TYPES = STRIPE_WEBHOOK_EVENT_TYPES;

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStripeProviderError(error);
  }
}

export function createStripeAdapter(options: StripeClientOptions) {
  const stripe = createStripeClient(options);

  const retrieveIntent = (id: string) => call(() => stripe.paymentIntents.retrieve(id, { expand: ["latest_charge"] }));

  return {
    /** A cheap authenticated read: a wrong key is a 401 (`auth`), no answer is `network`. */
    async testConnection(): Promise<void> {
      await call(() => stripe.events.list({ limit: 1 }));
    },

    /**
     * `idempotencyKey` names this attempt (`pi:{orderId}:{attempt}`): a retry of the same attempt returns the same
     * PaymentIntent, a new attempt gets a new one.
     */
    async createPaymentIntent(input: {
      amountMinor: number;
      currency: string;
      orderId: string;
      idempotencyKey: string;
      description?: string;
      receiptEmail?: string | null;
    }) {
      const intent = await call(() =>
        stripe.paymentIntents.create(
          {
            amount: input.amountMinor,
            currency: input.currency.toLowerCase(),
            automatic_payment_methods: { enabled: true },
            metadata: { order_id: input.orderId },
            description: input.description,
            receipt_email: input.receiptEmail ?? undefined,
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      if (!intent.client_secret) throw toStripeProviderError(new Error("no client secret"));
      return { paymentIntentId: intent.id, clientSecret: intent.client_secret, status: intent.status };
    },

    async retrievePayment(paymentIntentId: string): Promise<ProviderPayment> {
      return toStripePayment(await retrieveIntent(paymentIntentId));
    },

    async cancelPaymentIntent(paymentIntentId: string, idempotencyKey: string): Promise<ProviderPayment> {
      await call(() => stripe.paymentIntents.cancel(paymentIntentId, {}, { idempotencyKey }));
      return toStripePayment(await retrieveIntent(paymentIntentId));
    },

    /** `amountMinor` omitted refunds what is left. The key names the refund attempt, so a retry refunds once. */
    async refund(input: {
      paymentIntentId: string;
      amountMinor?: number;
      idempotencyKey: string;
      reason?: Stripe.RefundCreateParams.Reason;
    }): Promise<ProviderRefund> {
      const refund = await call(() =>
        stripe.refunds.create(
          {
            payment_intent: input.paymentIntentId,
            amount: input.amountMinor,
            reason: input.reason ?? "requested_by_customer",
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return toStripeRefund(refund);
    },

    async retrieveRefund(id: string): Promise<ProviderRefund & { paymentIntentId: string | null }> {
      const refund = await call(() => stripe.refunds.retrieve(id));
      const intent = refund.payment_intent;
      return { ...toStripeRefund(refund), paymentIntentId: typeof intent === "string" ? intent : (intent?.id ?? null) };
    },

    async retrieveDispute(id: string): Promise<ProviderDispute> {
      return toStripeDispute(await call(() => stripe.disputes.retrieve(id)));
    },

    async listDisputes(paymentIntentId: string): Promise<ProviderDispute[]> {
      const list = await call(() => stripe.disputes.list({ payment_intent: paymentIntentId, limit: 100 }));
      return list.data.map(toStripeDispute);
    },

    /** Events created at or after `since` (Stripe keeps 30 days), oldest first, only the types we act on. */
    async listEventsSince(since: Date): Promise<Stripe.Event[]> {
      const events: Stripe.Event[] = [];
      const params: Stripe.EventListParams = {
        created: { gte: Math.floor(since.getTime() / 1000) },
        types: [...STRIPE_PAYMENT_EVENT_TYPES],
        limit: 100,
      };
      await call(async () => {
        for await (const event of stripe.events.list(params)) events.push(event);
      });
      return events.reverse();
    },
  };
}

export type StripeAdapter = ReturnType<typeof createStripeAdapter>;
