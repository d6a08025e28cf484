import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** A payment as the payment provider last described it; upserted on (provider, remote id), newest event wins. */
export const payments = pgTable(
  "payments",
  {
    id: serial("id").primaryKey(),
    provider: text("provider").notNull(),
    remoteId: text("remote_id").notNull(),
    /** Our order reference as sent to the provider (Stripe metadata.order_id, iyzico conversationId / basketId). */
    orderRef: text("order_ref"),
    status: text("status").notNull(),
    amountKurus: integer("amount_kurus"),
    refundedKurus: integer("refunded_kurus").notNull().default(0),
    currency: text("currency"),
    failureMessage: text("failure_message"),
    disputeStatus: text("dispute_status"),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }).notNull(),
    raw: jsonb("raw").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("payments_provider_remote_idx").on(table.provider, table.remoteId),
    index("payments_order_ref_idx").on(table.orderRef),
  ],
);

/** A cargo shipment and its latest known status; upserted on (carrier, tracking number), newest event wins. */
export const shipments = pgTable(
  "shipments",
  {
    id: serial("id").primaryKey(),
    carrier: text("carrier").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    orderRef: text("order_ref"),
    status: text("status").notNull(),
    statusText: text("status_text"),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }).notNull(),
    raw: jsonb("raw").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("shipments_carrier_tracking_idx").on(table.carrier, table.trackingNumber),
    index("shipments_order_ref_idx").on(table.orderRef),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type Shipment = typeof shipments.$inferSelect;
