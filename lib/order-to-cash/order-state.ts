import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderInvoices, orders, payments, shipments, type Order } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { getProvider } from "@/lib/providers/registry";
import { listStepRuns } from "./step-run";

const PAID = ["succeeded", "paid", "captured"];

/** Paid by a payment provider (iyzico, Stripe), or collected by the marketplace the order came from. */
export async function paymentOfOrder(db: Db, order: Order) {
  const [payment] = await db
    .select()
    .from(payments)
    .where(eq(payments.orderRef, order.remoteOrderNumber))
    .orderBy(desc(payments.remoteUpdatedAt))
    .limit(1);
  if (payment && PAID.includes(payment.status))
    return { at: payment.remoteUpdatedAt, reference: `${payment.provider}:${payment.remoteId}`, by: payment.provider };
  if (!payment && getProvider(order.integrationId)?.kind === "marketplace")
    return { at: order.orderedAt, reference: `${order.integrationId}:${order.remoteOrderNumber}`, by: "marketplace" };
  return null;
}

/** Everything the order-to-cash steps decide on, read in one place. */
export async function loadOrderState(db: Db, orderId: number) {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.no_such_order" });
  const [shipment] = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).limit(1);
  const [invoice] = await db.select().from(orderInvoices).where(eq(orderInvoices.orderId, orderId)).limit(1);
  const features: readonly string[] = getProvider(order.integrationId)?.features ?? [];
  return {
    order,
    paid: await paymentOfOrder(db, order),
    shipment: shipment ?? null,
    invoice: invoice ?? null,
    runs: await listStepRuns(db, orderId),
    canSendTracking: features.includes("updatePackageStatus"),
    canSendInvoiceLink: features.includes("sendInvoiceLink"),
  };
}
export type OrderState = Awaited<ReturnType<typeof loadOrderState>>;
