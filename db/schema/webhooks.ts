import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

export const webhookStatus = pgEnum("webhook_status", [
  "received",
  "processing",
  "processed",
  "failed",
  "ignored",
  "skipped",
  "rejected",
]);

/**
 * Every delivery, stored before we answer 2xx; `dedupeKey` is the provider's event id or a SHA-256 of the body. The
 * payload is kept once, as the raw body that was verified (handlers and the console parse it), to keep intake cheap.
 * A delivery that failed verification keeps only its first 2 KB in `rawBody`, with the whole body's size and SHA-256;
 * repeats of the same body are counted in `repeatCount` instead of stored again.
 */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: serial("id").primaryKey(),
    provider: text("provider").notNull(),
    integrationId: text("integration_id"),
    dedupeKey: text("dedupe_key"),
    providerEventId: text("provider_event_id"),
    eventType: text("event_type"),
    status: webhookStatus("status").notNull(),
    isTest: boolean("is_test").notNull().default(false),
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    rawBody: text("raw_body").notNull(),
    bodySha256: text("body_sha256"),
    bodySize: integer("body_size"),
    repeatCount: integer("repeat_count").notNull().default(1),
    lastRepeatAt: timestamp("last_repeat_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    attempts: integer("attempts").notNull().default(0),
    /** Bumped by every replay: the Inngest event id includes it, since Inngest drops a repeated id for 24 hours. */
    generation: integer("generation").notNull().default(0),
    lastError: text("last_error"),
    /** `lastError` as a message key and params, rendered in the reader's language. */
    lastErrorKey: text("last_error_key"),
    lastErrorParams: jsonb("last_error_params").$type<Record<string, string | number>>(),
    processingMs: integer("processing_ms"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    timeline: jsonb("timeline").$type<WebhookTimelineEntry[]>().notNull().default([]),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("webhook_events_dedupe_idx").on(table.provider, table.dedupeKey),
    index("webhook_events_list_idx").on(table.receivedAt, table.id),
    index("webhook_events_status_idx").on(table.status, table.receivedAt),
    index("webhook_events_provider_idx").on(table.provider, table.id),
    index("webhook_events_event_id_idx").on(table.providerEventId),
    index("webhook_events_pending_idx")
      .on(table.nextAttemptAt)
      .where(sql`${table.status} in ('received', 'failed')`),
    index("webhook_events_search_idx").using("gin", sql`to_tsvector('simple', kopru_fold(${table.rawBody}))`),
  ],
);

/** `note` is the English fallback; `noteKey`/`noteParams` render it in the reader's language. */
export type WebhookTimelineEntry = {
  at: string;
  status: string;
  note?: string;
  noteKey?: string;
  noteParams?: Record<string, string | number>;
};

export type WebhookEvent = typeof webhookEvents.$inferSelect;
export type WebhookStatus = (typeof webhookStatus.enumValues)[number];
