import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const issueStatus = pgEnum("issue_status", ["open", "acknowledged", "resolved", "muted"]);

/**
 * Failures grouped by integration + kind + operation + normalised error signature: one row however often the same
 * thing breaks. `fingerprint` is the hash of those four, so recording is one upsert.
 */
export const issues = pgTable(
  "issues",
  {
    id: serial("id").primaryKey(),
    fingerprint: text("fingerprint").notNull().unique(),
    /** The provider id, or `system` for work that belongs to no integration. */
    integrationId: text("integration_id").notNull(),
    /** What failed: `sync_run`, `sync_item`, `webhook`, `provider_call`, `stuck_work` or `notice`. */
    kind: text("kind").notNull(),
    /** Which operation, e.g. the sync kind, the webhook event type or the call's endpoint; its success resolves. */
    operation: text("operation").notNull(),
    signature: text("signature").notNull(),
    /** The latest message as recorded (secrets scrubbed), for people to read. */
    message: text("message").notNull(),
    status: issueStatus("status").notNull().default("open"),
    count: integer("count").notNull().default(0),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the issue last went (back) to open: alerts are about this opening. */
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: text("acknowledged_by"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by"),
    mutedUntil: timestamp("muted_until", { withTimezone: true }),
    /** The last alert sent about this issue, so one goes out per issue per hour at most. */
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
  },
  (table) => [
    index("issues_status_idx").on(table.status, table.lastSeenAt),
    index("issues_integration_idx").on(table.integrationId, table.status),
    index("issues_operation_idx").on(table.integrationId, table.kind, table.operation),
  ],
);

/** One failure inside an issue: its sample and what "Replay all" re-runs. `dedupeKey` makes a retried record a no-op. */
export const issueOccurrences = pgTable(
  "issue_occurrences",
  {
    id: serial("id").primaryKey(),
    issueId: integer("issue_id")
      .notNull()
      .references(() => issues.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    syncRunId: integer("sync_run_id"),
    webhookEventId: integer("webhook_event_id"),
    /** The item (SKU, order number) a sync item failure was about. */
    ref: text("ref"),
    dedupeKey: text("dedupe_key"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("issue_occurrences_issue_idx").on(table.issueId, table.id),
    uniqueIndex("issue_occurrences_dedupe_idx")
      .on(table.issueId, table.dedupeKey)
      .where(sql`${table.dedupeKey} is not null`),
  ],
);

/** The running health of each integration: the current failure streak and the last good and bad operation. */
export const integrationHealth = pgTable("integration_health", {
  integrationId: text("integration_id").primaryKey(),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }),
  lastError: text("last_error"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** The first failure of the current streak; null while the integration works. */
  failingSince: timestamp("failing_since", { withTimezone: true }),
  /** When the "failed N times in a row" alert went out for the current streak. */
  streakNotifiedAt: timestamp("streak_notified_at", { withTimezone: true }),
});

/** One row (id 1): who is alerted and when. The Slack URL is a credential and stored encrypted. */
export const alertSettings = pgTable("alert_settings", {
  id: integer("id").primaryKey().default(1),
  emails: jsonb("emails").$type<string[]>().notNull().default([]),
  slackWebhookCiphertext: text("slack_webhook_ciphertext"),
  slackWebhookHint: text("slack_webhook_hint"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(3),
  degradedAfterMinutes: integer("degraded_after_minutes").notNull().default(30),
  stuckAfterMinutes: integer("stuck_after_minutes").notNull().default(30),
  /** The language alert messages are written in. */
  locale: text("locale").notNull().default("tr"),
  /** When a digest last went out instead of single messages. */
  digestSentAt: timestamp("digest_sent_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Issue = typeof issues.$inferSelect;
export type IssueStatus = (typeof issueStatus.enumValues)[number];
export type IssueOccurrence = typeof issueOccurrences.$inferSelect;
export type IntegrationHealth = typeof integrationHealth.$inferSelect;
export type AlertSettingsRow = typeof alertSettings.$inferSelect;
