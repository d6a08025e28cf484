import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orders } from "./orders";

export type PaymentMethod = {
  family: string | null;
  brand: string | null;
  last4: string | null;
  installments: number | null;
};

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
    /** Our message key for the failure (`payment.insufficient_funds`); `failureMessage` keeps the provider's words. */
    failureKey: text("failure_key"),
    method: jsonb("method").$type<PaymentMethod>(),
    /** iyzico: the conversation id the payment was started with; how it is found again after a timeout. */
    conversationId: text("conversation_id"),
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

/** One refund we asked for. `attemptKey` is the idempotency key: one row, and one provider refund, per attempt. */
export const paymentRefunds = pgTable(
  "payment_refunds",
  {
    id: serial("id").primaryKey(),
    paymentId: integer("payment_id")
      .notNull()
      .references(() => payments.id),
    attemptKey: text("attempt_key").notNull(),
    amountKurus: integer("amount_kurus").notNull(),
    /** requested → succeeded | failed; `unknown` when the provider did not answer (check before asking again). */
    status: text("status").$type<"requested" | "succeeded" | "failed" | "unknown">().notNull(),
    remoteId: text("remote_id"),
    failureKey: text("failure_key"),
    requestedBy: text("requested_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("payment_refunds_attempt_idx").on(table.attemptKey),
    index("payment_refunds_payment_idx").on(table.paymentId),
  ],
);

/** The provider's timeline of a payment as Köprü saw it: reads, notifications, refunds, disputes. */
export const paymentEvents = pgTable(
  "payment_events",
  {
    id: serial("id").primaryKey(),
    paymentId: integer("payment_id")
      .notNull()
      .references(() => payments.id),
    type: text("type").notNull(),
    source: text("source").$type<"read" | "webhook" | "refund" | "recovery" | "link">().notNull(),
    status: text("status"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("payment_events_payment_idx").on(table.paymentId, table.at)],
);

/** A "Request payment" link for an order. The id is the unguessable token in `/pay/{id}`. */
export const paymentLinks = pgTable(
  "payment_links",
  {
    id: text("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    provider: text("provider").$type<"iyzico" | "stripe">().notNull(),
    amountKurus: integer("amount_kurus").notNull(),
    currency: text("currency").notNull(),
    status: text("status").$type<"open" | "paid" | "expired" | "canceled">().notNull().default("open"),
    /** iyzico checkout-form token or Stripe PaymentIntent id. */
    providerRef: text("provider_ref").notNull(),
    /** iyzico's hosted `paymentPageUrl`; null for Stripe (the Köprü page is the link). */
    providerUrl: text("provider_url"),
    conversationId: text("conversation_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdBy: text("created_by"),
    emailedTo: text("emailed_to"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("payment_links_order_idx").on(table.orderId),
    uniqueIndex("payment_links_provider_ref_idx").on(table.provider, table.providerRef),
  ],
);

/** Per payment provider: what Köprü has learnt about its notifications, and the Stripe events checkpoint. */
export const paymentProviderState = pgTable("payment_provider_state", {
  provider: text("provider").primaryKey(),
  signedNotificationSeenAt: timestamp("signed_notification_seen_at", { withTimezone: true }),
  /** Set by the admin, or on the first signed notification: unsigned deliveries are refused from then on. */
  requireSignedNotifications: boolean("require_signed_notifications").notNull().default(false),
  lastUnsignedNotificationAt: timestamp("last_unsigned_notification_at", { withTimezone: true }),
  eventsCheckpoint: timestamp("events_checkpoint", { withTimezone: true }),
  lastEventId: text("last_event_id"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Payment = typeof payments.$inferSelect;
export type PaymentRefund = typeof paymentRefunds.$inferSelect;
export type PaymentEvent = typeof paymentEvents.$inferSelect;
export type PaymentLink = typeof paymentLinks.$inferSelect;
export type Shipment = typeof shipments.$inferSelect;
