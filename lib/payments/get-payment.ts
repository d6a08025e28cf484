import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentEvents, paymentRefunds, payments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { PaymentListItem } from "./list-payments";
import { remainingRefundable } from "./refund-payment";

export type PaymentDetail = PaymentListItem & {
  remainingRefundableMinor: number;
  failureMessage: string | null;
  timeline: {
    at: string;
    type: string;
    source: string;
    status: string | null;
    detail: Record<string, unknown> | null;
  }[];
  refunds: {
    id: number;
    amountMinor: number;
    status: string;
    remoteId: string | null;
    failureKey: string | null;
    at: string;
  }[];
};

/** One payment with its provider timeline and the refunds asked for; the raw provider record stays server-side. */
export async function getPayment(options: { db: Db; id: number }): Promise<PaymentDetail> {
  const { db, id } = options;
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).limit(1);
  if (!row)
    throw new AppError("not_found", `Payment ${id} not found`, {
      messageKey: "errors.payments.not_found",
      params: { id },
    });
  const [events, refunds, remaining] = await Promise.all([
    db
      .select()
      .from(paymentEvents)
      .where(eq(paymentEvents.paymentId, id))
      .orderBy(asc(paymentEvents.at), asc(paymentEvents.id)),
    db.select().from(paymentRefunds).where(eq(paymentRefunds.paymentId, id)).orderBy(asc(paymentRefunds.id)),
    remainingRefundable(db, row),
  ]);
  return {
    id: row.id,
    provider: row.provider,
    remoteId: row.remoteId,
    orderRef: row.orderRef,
    status: row.status,
    amountMinor: row.amountKurus,
    refundedMinor: row.refundedKurus,
    currency: row.currency,
    method: row.method,
    disputeStatus: row.disputeStatus,
    failureKey: row.failureKey,
    failureMessage: row.failureMessage,
    updatedAt: row.updatedAt.toISOString(),
    remainingRefundableMinor: ["succeeded", "partially_refunded", "disputed"].includes(row.status) ? remaining : 0,
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      type: e.type,
      source: e.source,
      status: e.status,
      detail: e.detail,
    })),
    refunds: refunds.map((r) => ({
      id: r.id,
      amountMinor: r.amountKurus,
      status: r.status,
      remoteId: r.remoteId,
      failureKey: r.failureKey,
      at: r.createdAt.toISOString(),
    })),
  };
}
