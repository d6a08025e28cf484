import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderInvoices, orders, payments, shipments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { getProvider } from "@/lib/providers/registry";

export const TIMELINE_STEPS = [
  "imported",
  "paid",
  "shipment_created",
  "tracking_sent",
  "delivered",
  "invoice_issued",
  "invoice_link_sent",
  "accounting_posted",
] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

export type TimelineEntry = {
  step: TimelineStep;
  status: "done" | "failed" | "pending";
  at: Date | null;
  reference: string | null;
  /** A failed step's coded error and the provider's own words. */
  error: { code: string; message: string; providerMessage: string | null } | null;
};

const pending = (step: TimelineStep): TimelineEntry => ({
  step,
  status: "pending",
  at: null,
  reference: null,
  error: null,
});
const done = (step: TimelineStep, at: Date | null, reference: string | null): TimelineEntry => ({
  step,
  status: "done",
  at,
  reference,
  error: null,
});

/**
 * One order's way from the marketplace to the books, read from what Köprü stored (orders, payments, shipments,
 * invoices). Steps Köprü has no record for yet are `pending`; sending tracking and the invoice link back to the
 * marketplace is not recorded yet, so those two stay pending.
 */
export async function getOrderTimeline(options: { db: Db; orderId: number }): Promise<TimelineEntry[]> {
  const { db, orderId } = options;
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.no_such_order" });
  const [payment] = await db
    .select()
    .from(payments)
    .where(eq(payments.orderRef, order.remoteOrderNumber))
    .orderBy(desc(payments.remoteUpdatedAt))
    .limit(1);
  const [shipment] = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).limit(1);
  const [invoice] = await db.select().from(orderInvoices).where(eq(orderInvoices.orderId, orderId)).limit(1);
  const isMarketplace = getProvider(order.integrationId)?.kind === "marketplace";

  const paid = payment
    ? ["succeeded", "paid", "captured"].includes(payment.status)
      ? done("paid", payment.remoteUpdatedAt, `${payment.provider}:${payment.remoteId}`)
      : pending("paid")
    : isMarketplace
      ? done("paid", order.orderedAt, `${order.integrationId}:${order.remoteOrderNumber}`)
      : pending("paid");
  const invoiceFailed = invoice?.status === "failed";
  const invoiceError = invoiceFailed
    ? {
        code: invoice.errorCode ?? "internal",
        message: invoice.errorMessage ?? "",
        providerMessage: invoice.providerMessage,
      }
    : null;

  return [
    done("imported", order.createdAt, `${order.integrationId}:${order.packageId}`),
    paid,
    shipment ? done("shipment_created", shipment.createdAt, shipment.integrationCode) : pending("shipment_created"),
    pending("tracking_sent"),
    shipment?.status === "delivered"
      ? done("delivered", shipment.remoteUpdatedAt, shipment.trackingNumber)
      : pending("delivered"),
    invoice?.status === "issued"
      ? done("invoice_issued", invoice.issuedAt, invoice.invoiceNumber ?? invoice.ettn)
      : invoiceFailed
        ? {
            step: "invoice_issued",
            status: "failed",
            at: invoice.updatedAt,
            reference: invoice.ettn,
            error: invoiceError,
          }
        : pending("invoice_issued"),
    pending("invoice_link_sent"),
    invoice?.erpId ? done("accounting_posted", invoice.issuedAt, invoice.erpId) : pending("accounting_posted"),
  ];
}
