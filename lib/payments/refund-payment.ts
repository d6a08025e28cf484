import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentRefunds, payments, type Payment, type PaymentRefund } from "@/db/schema";
import { AppError, ProviderError } from "@/lib/errors";
import { fromMinorUnits } from "./currency";
import { loadIyzicoAdapter, loadStripeAdapter, type PaymentDeps } from "./load-payment-adapter";
import { toPaymentAppError } from "./payment-error";
import { recordProviderPayment } from "./record-provider-payment";

const REFUNDABLE = new Set(["succeeded", "partially_refunded", "disputed"]);

/** What is left to refund: the amount, less what the provider refunded, less refunds asked for but not settled. */
export async function remainingRefundable(db: Db, payment: Payment): Promise<number> {
  const [open] = await db
    .select({ total: sql<string>`coalesce(sum(${paymentRefunds.amountKurus}), 0)` })
    .from(paymentRefunds)
    .where(and(eq(paymentRefunds.paymentId, payment.id), inArray(paymentRefunds.status, ["requested", "unknown"])));
  return Math.max(0, (payment.amountKurus ?? 0) - payment.refundedKurus - Number(open?.total ?? 0));
}

/**
 * Refunds `amountMinor` (omitted: all that is left) of a payment. More than is left is refused before anything is sent.
 * `attemptKey` names this attempt: the same attempt retried (a double click, a network retry) refunds once — with
 * Stripe through its idempotency key, with iyzico (which has none) because the stored attempt is never resent.
 */
export async function refundPayment(options: {
  db: Db;
  paymentId: number;
  amountMinor?: number;
  attemptKey?: string;
  requestedBy?: string;
  ip?: string;
  deps?: PaymentDeps;
}): Promise<{ refund: PaymentRefund; payment: Payment; replayed: boolean }> {
  const { db } = options;
  const [payment] = await db.select().from(payments).where(eq(payments.id, options.paymentId)).limit(1);
  if (!payment)
    throw new AppError("not_found", "Payment not found", { messageKey: "errors.payments.not_found", params: {} });
  if (options.attemptKey) {
    const [existing] = await db
      .select()
      .from(paymentRefunds)
      .where(eq(paymentRefunds.attemptKey, options.attemptKey))
      .limit(1);
    if (existing) return { refund: existing, payment, replayed: true };
  }
  if (!REFUNDABLE.has(payment.status))
    throw new AppError("invalid_input", `A ${payment.status} payment cannot be refunded`, {
      messageKey: "errors.payments.not_refundable",
      params: { status: payment.status },
    });
  const remaining = await remainingRefundable(db, payment);
  const amount = options.amountMinor ?? remaining;
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > remaining)
    throw new AppError("invalid_input", `The refund (${amount}) exceeds what is left to refund (${remaining})`, {
      messageKey: "errors.payments.refund_exceeds_remaining",
      params: {
        amount,
        remaining,
        currency: payment.currency ?? "TRY",
        remainingText: `${fromMinorUnits(remaining, payment.currency ?? "TRY")} ${payment.currency ?? "TRY"}`,
      },
    });
  const [count] = await db
    .select({ n: sql<string>`count(*)` })
    .from(paymentRefunds)
    .where(eq(paymentRefunds.paymentId, payment.id));
  const attemptKey =
    options.attemptKey ?? `refund:${payment.provider}:${payment.remoteId}:${Number(count?.n ?? 0) + 1}`;
  const [refund] = await db
    .insert(paymentRefunds)
    .values({
      paymentId: payment.id,
      attemptKey,
      amountKurus: amount,
      status: "requested",
      requestedBy: options.requestedBy,
    })
    .onConflictDoNothing()
    .returning();
  if (!refund) {
    const [existing] = await db.select().from(paymentRefunds).where(eq(paymentRefunds.attemptKey, attemptKey)).limit(1);
    if (!existing)
      throw new AppError("conflict", "Refund attempt collided", {
        messageKey: "errors.payments.refund_conflict",
        params: {},
      });
    return { refund: existing, payment, replayed: true };
  }
  const settle = async (values: Partial<PaymentRefund>) => {
    const [row] = await db
      .update(paymentRefunds)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(paymentRefunds.id, refund.id))
      .returning();
    return row ?? refund;
  };
  try {
    let updated: Payment;
    let remoteId: string;
    if (payment.provider === "stripe") {
      const { adapter } = await loadStripeAdapter(db, options.deps);
      const result = await adapter.refund({
        paymentIntentId: payment.remoteId,
        amountMinor: amount,
        idempotencyKey: attemptKey,
      });
      remoteId = result.remoteId;
      updated = await recordProviderPayment({
        db,
        payment: await adapter.retrievePayment(payment.remoteId),
        source: "refund",
        type: "refund.created",
        detail: { refund: result.remoteId, amount },
      });
    } else {
      const { adapter } = await loadIyzicoAdapter(db, options.deps);
      const result = await adapter.refund({
        paymentId: payment.remoteId,
        amountMinor: amount,
        currency: payment.currency ?? "TRY",
        conversationId: attemptKey,
        ip: options.ip ?? "127.0.0.1",
      });
      remoteId = result.remoteId;
      // iyzico's payment detail carries no refund total; the confirmed refund is the fact we add.
      const read = await adapter.retrievePayment({ paymentId: payment.remoteId });
      updated = await recordProviderPayment({
        db,
        payment: { ...read, refundedMinor: payment.refundedKurus + amount },
        source: "refund",
        type: "refund.created",
        detail: { amount },
      });
    }
    return { refund: await settle({ status: "succeeded", remoteId }), payment: updated, replayed: false };
  } catch (error) {
    const isUnknown = error instanceof ProviderError && error.kind === "network" && payment.provider === "iyzico";
    const key = (error as { details?: { messageKey?: string } }).details?.messageKey ?? null;
    await settle({
      status: isUnknown ? "unknown" : "failed",
      failureKey: isUnknown ? "errors.payments.refund_outcome_unknown" : key,
    });
    throw toPaymentAppError(error);
  }
}
