import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, payments } from "@/db/schema";
import { notifyOrderEvents } from "@/lib/order-to-cash/dispatch";
import type { PaymentStatus } from "./payment-status";

export { PAYMENT_STATUSES, type PaymentStatus } from "./payment-status";

/**
 * What one provider event says about a payment. Optional fields left `undefined` are facts the event does not carry:
 * they are kept as stored (a dispute does not know the order reference, a refund does not know the failure message).
 */
export type PaymentFacts = {
  provider: string;
  remoteId: string;
  status: PaymentStatus;
  /** The provider's time for this state; the newer-wins guard compares it. */
  remoteUpdatedAt: Date;
  raw: unknown;
  orderRef?: string | null;
  amountKurus?: number | null;
  refundedKurus?: number;
  currency?: string | null;
  failureMessage?: string | null;
  disputeStatus?: string | null;
};

const PAID: ReadonlySet<string> = new Set(["succeeded", "paid", "captured"]);

export type PaymentUpsertOutcome = "created" | "updated" | "unchanged";

/**
 * Upserts a payment on (provider, remote id). Idempotent, and order-independent: a row is only rewritten when the
 * event is strictly newer than what is stored, so a duplicate or a late older event leaves it unchanged.
 */
export async function upsertPayment(options: { db: Db; payment: PaymentFacts }): Promise<PaymentUpsertOutcome> {
  const { db, payment } = options;
  const facts = {
    status: payment.status,
    orderRef: payment.orderRef,
    amountKurus: payment.amountKurus,
    refundedKurus: payment.refundedKurus,
    currency: payment.currency,
    failureMessage: payment.failureMessage,
    disputeStatus: payment.disputeStatus,
    remoteUpdatedAt: payment.remoteUpdatedAt,
    raw: payment.raw,
  };
  // drizzle drops `undefined` keys from `set`, which is what keeps unknown facts as stored.
  const [row] = await db
    .insert(payments)
    .values({ provider: payment.provider, remoteId: payment.remoteId, ...facts })
    .onConflictDoUpdate({
      target: [payments.provider, payments.remoteId],
      set: { ...facts, updatedAt: sql`now()` },
      setWhere: sql`${payments.remoteUpdatedAt} < excluded.remote_updated_at`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  if (!row) return "unchanged";
  if (PAID.has(payment.status) && payment.orderRef) {
    // A payment that settles an order is the "paid" fact the order-to-cash rules may react to.
    const paid = await db.select({ id: orders.id }).from(orders).where(eq(orders.remoteOrderNumber, payment.orderRef));
    await notifyOrderEvents(
      db,
      paid.map((order) => ({ orderId: order.id, reason: "paid", key: `${payment.provider}:${payment.remoteId}` })),
    );
  }
  return row.inserted ? "created" : "updated";
}
