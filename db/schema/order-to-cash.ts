import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { orders } from "./orders";

export const SHIPMENT_TRIGGERS = ["imported", "paid", "manual"] as const;
export type ShipmentTrigger = (typeof SHIPMENT_TRIGGERS)[number];
export const INVOICE_TRIGGERS = ["paid", "delivered", "manual"] as const;
export type InvoiceTrigger = (typeof INVOICE_TRIGGERS)[number];

/** The merchant's order-to-cash rules (one row, id 1). Defaults: everything by hand, nothing sent back. */
export const orderToCashRules = pgTable("order_to_cash_rules", {
  id: integer("id").primaryKey().default(1),
  shipmentOn: text("shipment_on").$type<ShipmentTrigger>().notNull().default("manual"),
  invoiceOn: text("invoice_on").$type<InvoiceTrigger>().notNull().default("manual"),
  sendTrackingBack: boolean("send_tracking_back").notNull().default(false),
  sendInvoiceLinkBack: boolean("send_invoice_link_back").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
export type OrderToCashRulesRow = typeof orderToCashRules.$inferSelect;

export const ORDER_STEP_STATUSES = ["pending", "running", "succeeded", "failed"] as const;
export type OrderStepStatus = (typeof ORDER_STEP_STATUSES)[number];

/**
 * One row per order and step: the step's last run. Claimed (status running with a lease) before any provider call, so
 * two runs never send the same step at once and a replay finds it succeeded and sends nothing.
 */
export const orderStepRuns = pgTable(
  "order_step_runs",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    step: text("step").notNull(),
    status: text("status").$type<OrderStepStatus>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** What started the last attempt: a rule (imported, paid, delivered…), manual, retry or bulk. */
    trigger: text("trigger"),
    /** The provider's reference for what the step made (shipment code, tracking number, invoice number…). */
    reference: text("reference"),
    /** The request the step sent, secrets redacted. */
    request: jsonb("request"),
    errorCode: text("error_code"),
    errorParams: jsonb("error_params").$type<Record<string, string | number>>(),
    errorMessage: text("error_message"),
    /** What the provider said, verbatim and kept apart from our sentence. */
    providerMessage: text("provider_message"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("order_step_runs_order_step_idx").on(table.orderId, table.step),
    index("order_step_runs_status_idx").on(table.status),
  ],
);
export type OrderStepRun = typeof orderStepRuns.$inferSelect;

/** Small provider-side answers worth keeping across restarts (GİB's registered-user list, ≤ 24 h). */
export const providerCache = pgTable(
  "provider_cache",
  {
    provider: text("provider").notNull(),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.key] })],
);
