import { index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { integrations } from "./integrations";

/** One claimed line, as the marketplace adapter reports it (`MarketplaceClaimLine`). */
export type ClaimLine = {
  claimLineId: string;
  lineId: string | null;
  sku: string;
  quantity: number;
  reason: string | null;
  name?: string;
  barcode?: string | null;
  remoteStatus?: string;
  customerNote?: string | null;
  isActionable?: boolean;
};

/** A marketplace return request (Trendyol claim) on an order; upserted on (integration, claim id), newer wins. */
export const orderClaims = pgTable(
  "order_claims",
  {
    id: serial("id").primaryKey(),
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    claimId: text("claim_id").notNull(),
    remoteOrderNumber: text("remote_order_number").notNull(),
    packageId: text("package_id"),
    /** created | waiting | accepted | rejected | cancelled | unknown (the claim as a whole). */
    status: text("status").notNull(),
    lines: jsonb("lines").$type<ClaimLine[]>().notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull(),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }).notNull(),
    raw: jsonb("raw").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("order_claims_integration_claim_idx").on(table.integrationId, table.claimId),
    index("order_claims_order_idx").on(table.integrationId, table.remoteOrderNumber),
  ],
);

export type OrderClaim = typeof orderClaims.$inferSelect;
