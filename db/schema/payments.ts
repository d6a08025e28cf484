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

/**
 * A cargo shipment and its latest known status. Shipments Köprü creates (Aras) are keyed by (carrier, integration code),
 * chosen before the first call, and have no tracking number until the carrier cuts the waybill; the tracking poll fills
 * it in. Upserts on (carrier, tracking number) still converge for shipments learned from elsewhere.
 */
export const shipments = pgTable(
  "shipments",
  {
    id: serial("id").primaryKey(),
    carrier: text("carrier").notNull(),
    trackingNumber: text("tracking_number"),
    orderRef: text("order_ref"),
    /** The Köprü order it was created for, when Köprü created it. */
    orderId: integer("order_id"),
    /** Köprü's stable code at the carrier (Aras IntegrationCode / MÖK). */
    integrationCode: text("integration_code"),
    /** Piece barcodes as sent, for the label. */
    pieces: jsonb("pieces").$type<{ barcode: string; desi?: number; weightKg?: number }[]>(),
    status: text("status").notNull(),
    statusText: text("status_text"),
    trackingUrl: text("tracking_url"),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }).notNull(),
    /** When the tracking poll looks next; null once final (delivered, returned, cancelled). */
    nextPollAt: timestamp("next_poll_at", { withTimezone: true }),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    /** Set once the merchant was told no waybill appeared in time. */
    staleAlertedAt: timestamp("stale_alerted_at", { withTimezone: true }),
    raw: jsonb("raw").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("shipments_carrier_tracking_idx").on(table.carrier, table.trackingNumber),
    uniqueIndex("shipments_carrier_code_idx").on(table.carrier, table.integrationCode),
    index("shipments_order_ref_idx").on(table.orderRef),
    index("shipments_order_idx").on(table.orderId),
    index("shipments_next_poll_idx").on(table.carrier, table.nextPollAt),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type Shipment = typeof shipments.$inferSelect;
