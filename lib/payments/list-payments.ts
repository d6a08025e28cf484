import { and, desc, eq, ilike, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { payments } from "@/db/schema";
import { PAYMENT_STATUSES } from "./upsert-payment";

export const PAYMENTS_PAGE_SIZE = 50;

export const paymentFilterSchema = z.object({
  provider: z.enum(["iyzico", "stripe"]).optional(),
  status: z.enum(PAYMENT_STATUSES).optional(),
  /** Our order id (the provider's order reference). */
  order: z.string().trim().max(100).optional(),
  /** Provider reference, order reference or card last four. */
  q: z.string().trim().max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(PAYMENTS_PAGE_SIZE),
});
export type PaymentFilter = z.input<typeof paymentFilterSchema>;

export type PaymentListItem = {
  id: number;
  provider: string;
  remoteId: string;
  orderRef: string | null;
  status: string;
  amountMinor: number | null;
  refundedMinor: number;
  currency: string | null;
  method: { family: string | null; brand: string | null; last4: string | null; installments: number | null } | null;
  disputeStatus: string | null;
  failureKey: string | null;
  updatedAt: string;
};

/** Payments from both providers, newest first, keyset-paged on id. Empty filter values are ignored. */
export async function listPayments(options: { db: Db; filter: Record<string, string | undefined> }) {
  const filter = paymentFilterSchema.parse(
    Object.fromEntries(Object.entries(options.filter).filter(([, v]) => v !== "" && v !== undefined)),
  );
  const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const search: SQL | undefined = escaped
    ? or(
        ilike(payments.remoteId, `%${escaped}%`),
        eq(payments.orderRef, filter.q ?? ""),
        ilike(payments.method, `%"last4": "${escaped}"%`),
      )
    : undefined;
  const rows = await options.db
    .select()
    .from(payments)
    .where(
      and(
        filter.provider ? eq(payments.provider, filter.provider) : undefined,
        filter.status ? eq(payments.status, filter.status) : undefined,
        filter.order ? eq(payments.orderRef, filter.order) : undefined,
        filter.before ? lt(payments.id, filter.before) : undefined,
        search,
      ),
    )
    .orderBy(desc(payments.id))
    .limit(filter.limit + 1);
  const items: PaymentListItem[] = rows.slice(0, filter.limit).map((row) => ({
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
    updatedAt: row.updatedAt.toISOString(),
  }));
  const last = items.at(-1);
  return { items, nextBefore: rows.length > filter.limit && last ? last.id : null };
}
