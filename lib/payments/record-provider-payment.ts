import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentEvents, payments, type Payment } from "@/db/schema";
import type { ProviderPayment } from "@/lib/providers/payment";
import { upsertPayment, type PaymentStatus } from "./upsert-payment";

/** Refund totals and an open dispute outrank the provider's payment status in what we show. */
function displayStatus(payment: ProviderPayment, refundedMinor: number, disputeStatus: string | null): PaymentStatus {
  if (disputeStatus && !["won", "lost", "warning_closed", "prevented"].includes(disputeStatus)) return "disputed";
  if (payment.status === "succeeded" && refundedMinor >= payment.amountMinor && refundedMinor > 0) return "refunded";
  if (payment.status === "succeeded" && refundedMinor > 0) return "partially_refunded";
  return payment.status;
}

/**
 * Converges the stored payment on what the provider just said (a read is always the newest fact we have) and adds
 * a timeline entry. Idempotent. Facts the read does not carry (iyzico's refund total) stay as stored.
 */
export async function recordProviderPayment(options: {
  db: Db;
  payment: ProviderPayment;
  source: "read" | "webhook" | "refund" | "recovery" | "link";
  type: string;
  conversationId?: string;
  detail?: Record<string, unknown>;
  now?: Date;
}): Promise<Payment> {
  const { db, payment } = options;
  const [stored] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.provider, payment.provider), eq(payments.remoteId, payment.remoteId)))
    .limit(1);
  const refundedMinor = payment.refundedMinor ?? stored?.refundedKurus ?? 0;
  const status = displayStatus(payment, refundedMinor, stored?.disputeStatus ?? null);
  await upsertPayment({
    db,
    payment: {
      provider: payment.provider,
      remoteId: payment.remoteId,
      status,
      remoteUpdatedAt: options.now ?? new Date(),
      raw: payment.raw,
      orderRef: payment.orderRef ?? stored?.orderRef ?? null,
      amountKurus: payment.amountMinor,
      refundedKurus: refundedMinor,
      currency: payment.currency,
      failureMessage: payment.failure?.providerMessage ?? null,
    },
  });
  const [row] = await db
    .update(payments)
    .set({
      method: payment.method,
      failureKey: payment.failure?.messageKey ?? null,
      ...(options.conversationId ? { conversationId: options.conversationId } : {}),
    })
    .where(and(eq(payments.provider, payment.provider), eq(payments.remoteId, payment.remoteId)))
    .returning();
  if (!row) throw new Error(`payment ${payment.provider}/${payment.remoteId} vanished while recording it`);
  await db.insert(paymentEvents).values({
    paymentId: row.id,
    type: options.type,
    source: options.source,
    status: row.status,
    detail: options.detail ?? null,
  });
  return row;
}
