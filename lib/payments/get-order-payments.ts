import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, integrations, orders, paymentLinks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { amountDue } from "./amount-due";
import { listPayments } from "./list-payments";

/** The order page's payment panel: what is due, its payments, open dispute alerts, recent links, usable providers. */
export async function getOrderPayments(options: { db: Db; orderId: number }) {
  const { db, orderId } = options;
  const [order] = await db
    .select({
      id: orders.id,
      totalKurus: orders.totalKurus,
      currency: orders.currency,
      number: orders.remoteOrderNumber,
      email: orders.customerEmail,
    })
    .from(orders)
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!order)
    throw new AppError("not_found", `Order ${orderId} not found`, {
      messageKey: "errors.payments.order_not_found",
      params: { orderId },
    });
  const [due, list, disputes, links, providers] = await Promise.all([
    amountDue(db, order),
    listPayments({ db, filter: { order: String(orderId), limit: "50" } }),
    db
      .select({ id: alerts.id, details: alerts.details, createdAt: alerts.createdAt })
      .from(alerts)
      .where(
        and(
          eq(alerts.source, "stripe.dispute"),
          isNull(alerts.resolvedAt),
          sql`${alerts.details} ->> 'order_ref' = ${String(orderId)}`,
        ),
      ),
    db
      .select()
      .from(paymentLinks)
      .where(eq(paymentLinks.orderId, orderId))
      .orderBy(desc(paymentLinks.createdAt))
      .limit(5),
    db
      .select({ id: integrations.id })
      .from(integrations)
      .where(and(eq(integrations.isActive, true), inArray(integrations.id, ["iyzico", "stripe"]))),
  ]);
  return {
    orderNumber: order.number,
    customerEmail: order.email,
    currency: order.currency,
    dueMinor: due,
    payments: list.items,
    disputes: disputes.map((d) => ({
      id: d.id,
      reason: String(d.details?.reason ?? ""),
      dueBy: (d.details?.due_by as string | null) ?? null,
      paymentId: (d.details?.payment_id as number | null) ?? null,
    })),
    links: links.map((l) => ({
      id: l.id,
      provider: l.provider,
      amountMinor: l.amountKurus,
      status: l.status,
      expiresAt: l.expiresAt.toISOString(),
      providerUrl: l.providerUrl,
    })),
    providers: providers.map((p) => p.id as "iyzico" | "stripe"),
  };
}
export type OrderPayments = Awaited<ReturnType<typeof getOrderPayments>>;
