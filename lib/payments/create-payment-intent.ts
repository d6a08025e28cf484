import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { PAYMENT_CURRENCIES, toMinorUnits } from "./currency";
import { loadStripeAdapter, type PaymentDeps } from "./load-payment-adapter";
import { toPaymentAppError } from "./payment-error";
import { recordProviderPayment } from "./record-provider-payment";

/** The seeds' contract: `amount` in major units (at most the currency's decimals), e.g. `{ amount: 1249.9, currency: "TRY", orderId: 42 }`. */
export const createPaymentIntentSchema = z.object({
  amount: z.union([z.number().positive(), z.string().trim().min(1)]),
  currency: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(PAYMENT_CURRENCIES)),
  orderId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).transform(Number),
});
export type CreatePaymentIntentInput = z.input<typeof createPaymentIntentSchema>;

/**
 * Creates a Stripe PaymentIntent for an order and records it as pending. Each attempt has its own idempotency key,
 * so the SDK's retries within an attempt never create a second intent.
 */
export async function createPaymentIntent(options: {
  db: Db;
  input: CreatePaymentIntentInput;
  /** Names the attempt (`pi:{orderId}:{uuid}` when omitted); the same key returns the same PaymentIntent. */
  attemptKey?: string;
  deps?: PaymentDeps;
}) {
  const { db } = options;
  const input = createPaymentIntentSchema.parse(options.input);
  const amountMinor = toMinorUnits(input.amount, input.currency);
  if (amountMinor === null)
    throw new AppError(
      "invalid_input",
      `amount: not a positive amount with at most the decimals of ${input.currency}`,
      {
        messageKey: "errors.payments.invalid_amount",
        params: { currency: input.currency },
        issues: [{ path: ["amount"], message: "errors.payments.invalid_amount", params: { currency: input.currency } }],
      },
    );
  const [order] = await db
    .select({ id: orders.id, email: orders.customerEmail, number: orders.remoteOrderNumber })
    .from(orders)
    .where(eq(orders.id, input.orderId))
    .limit(1);
  if (!order)
    throw new AppError("invalid_input", `orderId: order ${input.orderId} does not exist`, {
      messageKey: "errors.payments.order_not_found",
      params: { orderId: input.orderId },
      issues: [{ path: ["orderId"], message: "errors.payments.order_not_found", params: { orderId: input.orderId } }],
    });
  const { adapter } = await loadStripeAdapter(db, options.deps);
  try {
    const created = await adapter.createPaymentIntent({
      amountMinor,
      currency: input.currency,
      orderId: String(order.id),
      idempotencyKey: options.attemptKey ?? `pi:${order.id}:${randomUUID()}`,
      description: `Order ${order.number}`,
      receiptEmail: order.email,
    });
    await recordProviderPayment({
      db,
      payment: await adapter.retrievePayment(created.paymentIntentId),
      source: "read",
      type: "payment_intent.created",
    });
    return {
      clientSecret: created.clientSecret,
      paymentIntentId: created.paymentIntentId,
      amountMinor,
      currency: input.currency,
    };
  } catch (error) {
    throw toPaymentAppError(error);
  }
}
