import { boolean, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One row per configured provider; the id is the provider id, since Köprü connects one account per provider. */
export const integrations = pgTable("integrations", {
  id: text("id").primaryKey(),
  kind: text("kind").notNull(),
  isActive: boolean("is_active").notNull().default(false),
  /** Non-secret settings (ids, domains, base_url), plain JSON. */
  settings: jsonb("settings").$type<Record<string, string>>().notNull().default({}),
  /** All secret fields as one AES-256-GCM ciphertext carrying its key id. */
  secretsCiphertext: text("secrets_ciphertext"),
  /** Last four characters per secret field, for the masked display only. */
  secretHints: jsonb("secret_hints").$type<Record<string, string>>().notNull().default({}),
  syncMinutes: jsonb("sync_minutes").$type<Record<string, number>>().notNull().default({}),
  /** CIDR ranges allowed to deliver webhooks; empty means any address. */
  webhookAllowlist: jsonb("webhook_allowlist").$type<string[]>().notNull().default([]),
  lastSyncAt: timestamp("last_sync_at", { withTimezone: true }),
  lastSyncStatus: text("last_sync_status"),
  lastSyncError: text("last_sync_error"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Integration = typeof integrations.$inferSelect;
