import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderInvoices, orders, products, type OrderInvoice } from "@/db/schema";
import { newEttn } from "@/lib/einvoice/invoice-number";
import { AppError, ProviderError } from "@/lib/errors";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { invoiceFromOrder } from "./invoice-from-order";

/** How long one run may hold an invoice before another may take over (a crashed run's lease runs out). */
const LEASE_MS = 5 * 60_000;

export type IssueOrderInvoiceResult =
  | { dryRun: true; request: ReturnType<typeof invoiceFromOrder> }
  | { dryRun: false; invoice: OrderInvoice; outcome: "issued" | "existing" | "in_progress" };

/**
 * Issues the order's invoice through Luca: customer, stock cards, the Koza invoice (by `belgeTakipNo`), then the
 * e-invoice (by ETTN). Idempotent and safe to run concurrently: the row and its ETTN are claimed first, one run at a time
 * holds the lease, and every provider write looks its key up before creating. A dry run sends nothing.
 */
export async function issueOrderInvoice(options: {
  db: Db;
  orderId: number;
  dryRun?: boolean;
  deps?: SyncDeps;
}): Promise<IssueOrderInvoiceResult> {
  const { db, orderId, deps = {} } = options;
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.no_such_order" });
  const skus = order.lines.map((line) => line.sku);
  const rates = skus.length
    ? await db
        .select({ sku: products.sku, vatRate: products.vatRate })
        .from(products)
        .where(inArray(products.sku, skus))
    : [];
  const request = invoiceFromOrder(order, new Map(rates.map((row) => [row.sku, row.vatRate])));
  if (options.dryRun) return { dryRun: true, request };

  await db
    .insert(orderInvoices)
    .values({ orderId, provider: "luca", ettn: newEttn(), reference: request.reference })
    .onConflictDoNothing({ target: orderInvoices.orderId });
  const now = deps.now?.() ?? new Date();
  const [leased] = await db
    .update(orderInvoices)
    .set({ status: "running", leaseUntil: new Date(now.getTime() + LEASE_MS), updatedAt: sql`now()` })
    .where(
      and(
        eq(orderInvoices.orderId, orderId),
        or(
          inArray(orderInvoices.status, ["pending", "failed"]),
          and(
            eq(orderInvoices.status, "running"),
            or(isNull(orderInvoices.leaseUntil), lt(orderInvoices.leaseUntil, now)),
          ),
        ),
      ),
    )
    .returning();
  if (!leased) {
    const [current] = await db.select().from(orderInvoices).where(eq(orderInvoices.orderId, orderId)).limit(1);
    return { dryRun: false, invoice: current!, outcome: current!.status === "issued" ? "existing" : "in_progress" };
  }

  try {
    const erp = await loadAdapter({ db, integrationId: "luca", kind: "erp", deps });
    await erp.upsertCustomer(request.buyer);
    for (const line of request.lines) {
      await erp.upsertStockCard?.({
        code: line.stockCode,
        name: line.name,
        barcode: null,
        vatRate: line.vatRate,
        unit: "ADET",
      });
    }
    const totalMinor = request.lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0);
    const erpInvoice = await erp.createInvoice({
      invoiceNumber: leased.reference,
      customerCode: request.buyer.code,
      issuedAt: leased.createdAt,
      currency: order.currency,
      lines: request.lines,
      totalMinor,
    });
    const document = await erp.issueEInvoice?.({
      ettn: leased.ettn,
      reference: leased.reference,
      issuedAt: leased.createdAt,
      buyer: request.buyer,
      currency: order.currency,
      lines: request.lines,
      pricesIncludeVat: true,
    });
    const [issued] = await db
      .update(orderInvoices)
      .set({
        status: "issued",
        erpId: erpInvoice.erpId,
        invoiceNumber: document?.invoiceNumber ?? null,
        kind: document?.kind ?? null,
        issuedAt: now,
        leaseUntil: null,
        errorCode: null,
        errorMessage: null,
        providerMessage: null,
        updatedAt: sql`now()`,
      })
      .where(eq(orderInvoices.id, leased.id))
      .returning();
    return { dryRun: false, invoice: issued!, outcome: "issued" };
  } catch (error) {
    await db
      .update(orderInvoices)
      .set({
        status: "failed",
        leaseUntil: null,
        errorCode: error instanceof ProviderError ? (error.messageKey ?? error.kind) : "internal",
        errorMessage: error instanceof Error ? error.message : String(error),
        providerMessage: error instanceof ProviderError ? (error.providerMessage ?? null) : null,
        updatedAt: sql`now()`,
      })
      .where(eq(orderInvoices.id, leased.id));
    throw error;
  }
}

/** The order's invoice row, if one was ever started. */
export async function findOrderInvoice(options: { db: Db; orderId: number }): Promise<OrderInvoice | null> {
  const [invoice] = await options.db
    .select()
    .from(orderInvoices)
    .where(eq(orderInvoices.orderId, options.orderId))
    .limit(1);
  return invoice ?? null;
}
