import { and, desc, eq, gte, isNotNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { webhookEvents, webhookStatus } from "@/db/schema";
import { parseProviderJson } from "@/lib/providers/webhook-parse";

export const WEBHOOK_PAGE_SIZE = 50;

export const webhookFilterSchema = z.object({
  provider: z.string().trim().optional(),
  integration: z.string().trim().optional(),
  status: z.enum(webhookStatus.enumValues).optional(),
  type: z.string().trim().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  test: z.enum(["test", "real"]).optional(),
  /** The exact error of failed events: one group of the failure summary. */
  error: z.string().max(2000).optional(),
  /** Matches the provider's event id exactly, or any text in the raw payload. */
  q: z.string().trim().max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(WEBHOOK_PAGE_SIZE),
});
export type WebhookFilter = z.input<typeof webhookFilterSchema>;

export function webhookConditions(filter: z.output<typeof webhookFilterSchema>): SQL | undefined {
  return and(
    filter.provider ? eq(webhookEvents.provider, filter.provider) : undefined,
    filter.integration ? eq(webhookEvents.integrationId, filter.integration) : undefined,
    filter.status ? eq(webhookEvents.status, filter.status) : undefined,
    filter.type ? eq(webhookEvents.eventType, filter.type) : undefined,
    filter.from ? gte(webhookEvents.receivedAt, filter.from) : undefined,
    filter.to ? lte(webhookEvents.receivedAt, filter.to) : undefined,
    filter.test ? eq(webhookEvents.isTest, filter.test === "test") : undefined,
    filter.error ? eq(webhookEvents.lastError, filter.error) : undefined,
    // Payload text goes through the GIN full-text index (whole words, Turkish letters folded), fast at any table size.
    filter.q
      ? or(
          eq(webhookEvents.providerEventId, filter.q),
          sql`to_tsvector('simple', kopru_fold(${webhookEvents.rawBody})) @@ plainto_tsquery('simple', kopru_fold(${filter.q}))`,
        )
      : undefined,
  );
}

const listColumns = {
  id: webhookEvents.id,
  provider: webhookEvents.provider,
  integrationId: webhookEvents.integrationId,
  providerEventId: webhookEvents.providerEventId,
  eventType: webhookEvents.eventType,
  status: webhookEvents.status,
  isTest: webhookEvents.isTest,
  attempts: webhookEvents.attempts,
  lastError: webhookEvents.lastError,
  lastErrorKey: webhookEvents.lastErrorKey,
  lastErrorParams: webhookEvents.lastErrorParams,
  rejectionReason: webhookEvents.rejectionReason,
  processingMs: webhookEvents.processingMs,
  receivedAt: webhookEvents.receivedAt,
  processedAt: webhookEvents.processedAt,
};

/** Newest first, keyset on id: each page is an index range scan, however many rows there are. */
export async function listWebhookEvents(options: { db: Db; filter: WebhookFilter }) {
  const filter = webhookFilterSchema.parse(options.filter);
  const rows = await options.db
    .select(listColumns)
    .from(webhookEvents)
    .where(and(webhookConditions(filter), filter.before ? lt(webhookEvents.id, filter.before) : undefined))
    .orderBy(desc(webhookEvents.id))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  return { items, nextBefore: rows.length > filter.limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * One event with its payload parsed from the stored raw body, ids beyond 2^53 kept as strings (null when the body is
 * not JSON, e.g. the 2 KB prefix kept of a rejected delivery).
 */
export async function getWebhookEvent(options: { db: Db; id: number }) {
  const [event] = await options.db.select().from(webhookEvents).where(eq(webhookEvents.id, options.id)).limit(1);
  if (!event) return null;
  let payload: unknown = null;
  try {
    payload = parseProviderJson(event.rawBody);
  } catch {
    payload = null;
  }
  return { ...event, payload };
}

/**
 * Failed events grouped by provider and error, largest group first: a provider's field rename shows up as one line
 * ("Unexpected payload at line_items.0.id: …", 4 312 events) that a person can open, and replay once fixed.
 */
export async function listWebhookFailureGroups(options: { db: Db; limit?: number }) {
  const count = sql<number>`count(*)::int`;
  return options.db
    .select({
      provider: webhookEvents.provider,
      error: sql<string>`${webhookEvents.lastError}`,
      errorKey: sql<string | null>`min(${webhookEvents.lastErrorKey})`,
      errorParams: sql<Record<string, string | number> | null>`(array_agg(${webhookEvents.lastErrorParams}))[1]`,
      count,
      lastReceivedAt: sql<Date>`max(${webhookEvents.receivedAt})`.mapWith(webhookEvents.receivedAt),
    })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.status, "failed"), isNotNull(webhookEvents.lastError)))
    .groupBy(webhookEvents.provider, webhookEvents.lastError)
    .orderBy(desc(count), webhookEvents.provider)
    .limit(options.limit ?? 20);
}
