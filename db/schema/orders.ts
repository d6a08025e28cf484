import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { customerSearchText } from "./fold";
import { integrations } from "./integrations";

export type OrderLine = {
  lineId?: string;
  sku: string;
  barcode: string | null;
  name: string;
  quantity: number;
  unitPriceKurus: number;
  amountKurus: number;
};
export type OrderAddress = Record<string, string | null>;

/** One marketplace shipment package; upserted on (integration, package id) so re-imports converge. */
export const orders = pgTable(
  "orders",
  {
    id: serial("id").primaryKey(),
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    remoteOrderNumber: text("remote_order_number").notNull(),
    packageId: text("package_id").notNull(),
    status: text("status").notNull(),
    customerName: text("customer_name"),
    customerEmail: text("customer_email"),
    shippingAddress: jsonb("shipping_address").$type<OrderAddress>(),
    currency: text("currency").notNull().default("TRY"),
    totalKurus: integer("total_kurus").notNull(),
    lines: jsonb("lines").$type<OrderLine[]>().notNull(),
    orderedAt: timestamp("ordered_at", { withTimezone: true }).notNull(),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }).notNull(),
    raw: jsonb("raw").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("orders_integration_package_idx").on(table.integrationId, table.packageId),
    index("orders_number_idx").on(table.remoteOrderNumber),
    index("orders_ordered_idx").on(table.orderedAt, table.id),
    index("orders_status_idx").on(table.status),
    index("orders_customer_fold_idx").using("gin", sql`kopru_fold(${customerSearchText(table)}) gin_trgm_ops`),
  ],
);

export type Order = typeof orders.$inferSelect;
