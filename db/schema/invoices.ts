import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orders } from "./orders";

export const INVOICE_STATUSES = ["pending", "running", "issued", "failed"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * The one invoice per order. The row (and its ETTN) is claimed before any provider call, so every retry, replay or
 * concurrent run names the same document; `lease_until` lets only one run talk to the provider at a time.
 */
export const orderInvoices = pgTable(
  "order_invoices",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    provider: text("provider").notNull(),
    /** UUID v4 chosen by Köprü at the claim: the look-up key at the e-invoice service. */
    ettn: text("ettn").notNull(),
    /** Köprü's stable tracking number at the ERP (Koza `belgeTakipNo`). */
    reference: text("reference").notNull(),
    status: text("status").$type<InvoiceStatus>().notNull().default("pending"),
    kind: text("kind").$type<"efatura" | "earsiv">(),
    invoiceNumber: text("invoice_number"),
    erpId: text("erp_id"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    providerMessage: text("provider_message"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("order_invoices_order_idx").on(table.orderId),
    uniqueIndex("order_invoices_ettn_idx").on(table.ettn),
    index("order_invoices_status_idx").on(table.status),
  ],
);

export type OrderInvoice = typeof orderInvoices.$inferSelect;
