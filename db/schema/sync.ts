import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { integrations } from "./integrations";

export const syncStatus = pgEnum("sync_status", ["queued", "running", "succeeded", "failed", "cancelled"]);
export const syncTrigger = pgEnum("sync_trigger", ["schedule", "manual", "webhook", "retry"]);

export type SyncRunOptions = { onlySkus?: string[] };

/** A sync run is also the embedded runner's unit of work: it is claimed with a lease and retried with backoff. */
export const syncRuns = pgTable(
  "sync_runs",
  {
    id: serial("id").primaryKey(),
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    kind: text("kind").notNull(),
    trigger: syncTrigger("trigger").notNull(),
    status: syncStatus("status").notNull().default("queued"),
    /** `sync:<integration>:<kind>:<slot>` for scheduled runs, so a slot never runs twice. */
    slotKey: text("slot_key").unique(),
    options: jsonb("options").$type<SyncRunOptions>().notNull().default({}),
    retryOfRunId: integer("retry_of_run_id"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    runAfter: timestamp("run_after", { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    /** Set once the run was handed to Inngest; a queued run without it is re-sent by the sweeper. */
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
    /** Touched by every step: a running run whose heartbeat is stale was lost and is failed by the sweeper. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    total: integer("total"),
    seen: integer("seen").notNull().default(0),
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    error: text("error"),
    /** `error` as a message key and params, rendered in the reader's language (`error` stays the English fallback). */
    errorKey: text("error_key"),
    errorParams: jsonb("error_params").$type<Record<string, string | number>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    // At most one queued-or-running run per integration and kind: the database enforces "one at a time".
    uniqueIndex("sync_runs_one_active_idx")
      .on(table.integrationId, table.kind)
      .where(sql`${table.status} in ('queued', 'running')`),
    index("sync_runs_claim_idx").on(table.status, table.runAfter),
    index("sync_runs_list_idx").on(table.createdAt, table.id),
    index("sync_runs_integration_idx").on(table.integrationId, table.id),
  ],
);

export const syncItemResult = pgEnum("sync_item_result", ["succeeded", "failed", "skipped"]);

export const syncItems = pgTable(
  "sync_items",
  {
    id: serial("id").primaryKey(),
    runId: integer("run_id")
      .notNull()
      .references(() => syncRuns.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    action: text("action").notNull(),
    result: syncItemResult("result").notNull(),
    message: text("message"),
    /** `message` as a message key and params, rendered in the reader's language (`message` is the English fallback). */
    messageKey: text("message_key"),
    messageParams: jsonb("message_params").$type<Record<string, string | number>>(),
    /** What the provider itself said, verbatim, shown labelled beside our sentence. */
    providerMessage: text("provider_message"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("sync_items_run_idx").on(table.runId, table.id), index("sync_items_ref_idx").on(table.ref)],
);

/** Where an incremental import resumes (e.g. Trendyol's last seen package modification time). */
export const syncCursors = pgTable(
  "sync_cursors",
  {
    integrationId: text("integration_id").notNull(),
    kind: text("kind").notNull(),
    cursor: jsonb("cursor").$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.integrationId, table.kind] })],
);

export const alerts = pgTable(
  "alerts",
  {
    id: serial("id").primaryKey(),
    integrationId: text("integration_id"),
    source: text("source").notNull(),
    message: text("message").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (table) => [
    index("alerts_open_idx")
      .on(table.createdAt)
      .where(sql`${table.resolvedAt} is null`),
  ],
);

export type SyncRun = typeof syncRuns.$inferSelect;
export type SyncItem = typeof syncItems.$inferSelect;
export type SyncStatus = (typeof syncStatus.enumValues)[number];
export type SyncTrigger = (typeof syncTrigger.enumValues)[number];
