import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents, type WebhookEvent, type WebhookStatus } from "@/db/schema";
import { observeWebhookProcessed } from "@/lib/operations/observe-webhook";
import { keyedMessageOf, type KeyedMessage } from "@/lib/i18n/keyed-message";
import { describeError } from "@/lib/sync/run-lifecycle";
import { findWebhookHandler, getProvider } from "@/lib/providers/registry";
import type { WebhookHandlerResult } from "./handler-types";
import { appendTimeline } from "./timeline";

export const WEBHOOK_MAX_ATTEMPTS = 5;
const PROCESSING_CONCURRENCY = 6;
const BASE_BACKOFF_MS = 10_000;

/** Moves an event to `processing` and counts the attempt (used where no claim did, i.e. under Inngest). */
export async function startWebhookEvent(db: Db, id: number): Promise<WebhookEvent | null> {
  const [row] = await db
    .update(webhookEvents)
    .set({ status: "processing", attempts: sql`${webhookEvents.attempts} + 1`, timeline: appendTimeline("processing") })
    .where(sql`${webhookEvents.id} = ${id} and ${webhookEvents.status} in ('received', 'failed', 'processing')`)
    .returning();
  return row ?? null;
}

/**
 * Runs the event's handler and records the outcome: processed, ignored (no handler for the type: stored, not an
 * error) or failed with the error and, under the embedded runner, the time of the next attempt. A body that is not
 * the shape we expect fails for good (`retriable: false`) with the path of the first mismatch: it is kept, grouped
 * by that message in the log, and replayed by hand once Köprü understands it. Returns the status.
 */
export async function processClaimedWebhookEvent(options: {
  db: Db;
  event: WebhookEvent;
  scheduleRetry: boolean;
}): Promise<{ status: WebhookStatus; error?: string; retriable?: boolean }> {
  const { db, event } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const parsed = readWebhookEvent(event);
  if (!parsed.ok) {
    await recordFailure(db, event.id, parsed.error, null, elapsed(), parsed.keyed);
    await observeWebhookProcessed(db, event, "failed", parsed.error);
    return { status: "failed", error: parsed.error, retriable: false };
  }
  try {
    const result = await runHandler(db, { ...event, eventType: parsed.eventType }, parsed.payload);
    await db
      .update(webhookEvents)
      .set({
        status: result.outcome,
        eventType: parsed.eventType,
        processedAt: new Date(),
        processingMs: elapsed(),
        lastError: null,
        lastErrorKey: null,
        lastErrorParams: null,
        nextAttemptAt: null,
        leaseOwner: null,
        leaseExpiresAt: null,
        timeline: appendTimeline(
          result.outcome,
          result.note,
          result.noteKey ? { key: result.noteKey, params: result.noteParams } : undefined,
        ),
      })
      .where(eq(webhookEvents.id, event.id));
    await observeWebhookProcessed(db, { ...event, eventType: parsed.eventType }, result.outcome);
    return { status: result.outcome };
  } catch (error) {
    const message = describeError(error);
    const retryAt =
      options.scheduleRetry && event.attempts < WEBHOOK_MAX_ATTEMPTS
        ? new Date(Date.now() + BASE_BACKOFF_MS * 2 ** (event.attempts - 1))
        : null;
    await recordFailure(db, event.id, message, retryAt, elapsed(), keyedMessageOf(error));
    await observeWebhookProcessed(db, { ...event, eventType: parsed.eventType }, "failed", message);
    return { status: "failed", error: message };
  }
}

async function recordFailure(
  db: Db,
  id: number,
  message: string,
  retryAt: Date | null,
  processingMs: number,
  keyed?: KeyedMessage,
) {
  await db
    .update(webhookEvents)
    .set({
      status: "failed",
      lastError: message,
      lastErrorKey: keyed?.key ?? null,
      lastErrorParams: keyed?.params ?? null,
      processingMs,
      nextAttemptAt: retryAt,
      leaseOwner: null,
      leaseExpiresAt: null,
      timeline: appendTimeline("failed", message, keyed),
    })
    .where(eq(webhookEvents.id, id));
}

/** Re-reads the stored body with the provider's current parser, so a replay after an upgrade sees the new shape. */
function readWebhookEvent(
  event: WebhookEvent,
): { ok: true; eventType: string; payload: unknown } | { ok: false; error: string; keyed: KeyedMessage } {
  const provider = getProvider(event.provider)?.webhook;
  if (!provider)
    return {
      ok: false,
      error: `Köprü has no webhook support for "${event.provider}"`,
      keyed: { key: "webhookUi.errors.noWebhookSupport", params: { provider: event.provider } },
    };
  const parsed = provider.parse({ rawBody: event.rawBody, headers: new Headers(event.headers) });
  if (!parsed.ok)
    return {
      ok: false,
      error: `Unexpected payload at ${parsed.path}: ${parsed.message}`,
      keyed: { key: "webhookUi.errors.unexpectedPayload", params: { path: parsed.path || "/" } },
    };
  return { ok: true, eventType: parsed.eventType, payload: parsed.payload };
}

class TestDeliveryRollback extends Error {
  constructor(readonly result: WebhookHandlerResult) {
    super("test delivery rolled back");
  }
}

/**
 * A test delivery from the console runs its handler for real, inside a transaction that is then rolled back: the
 * outcome says what a real delivery would do, and no sample order, payment or alert is left behind.
 */
async function runHandler(db: Db, event: WebhookEvent, payload: unknown): Promise<WebhookHandlerResult> {
  const handler = await findWebhookHandler(event.provider, event.eventType);
  if (!handler)
    return {
      outcome: "ignored",
      note: `No handler for "${event.eventType}"`,
      noteKey: "webhookUi.notes.noHandler",
      noteParams: { type: event.eventType ?? "" },
    };
  if (!event.isTest) return handler({ db, event, payload });
  try {
    await db.transaction(async (tx) => {
      throw new TestDeliveryRollback(await handler({ db: tx as unknown as Db, event, payload }));
    });
  } catch (error) {
    if (!(error instanceof TestDeliveryRollback)) throw error;
    const { outcome, note, noteKey, noteParams } = error.result;
    // The handler's own note stays keyed; the test marker is shown by the console from `is_test`.
    return {
      outcome,
      note: `test delivery, nothing was kept${note ? `: ${note}` : ""}`,
      noteKey: noteKey ?? "webhookUi.notes.testNothingKept",
      noteParams,
    };
  }
  throw new Error("unreachable: the test transaction always rolls back");
}

/**
 * Claims events ready to process (new, due for retry, or abandoned by a dead runner) with `FOR UPDATE SKIP LOCKED`,
 * so concurrent runners split the work.
 */
export async function claimWebhookEvents(options: {
  db: Db;
  owner: string;
  limit: number;
  leaseMs: number;
}): Promise<WebhookEvent[]> {
  const rows = await options.db.execute(sql`
    update ${webhookEvents} set status = 'processing', attempts = attempts + 1, lease_owner = ${options.owner},
      lease_expires_at = now() + (${options.leaseMs} * interval '1 millisecond')
    where id in (
      select id from ${webhookEvents}
      where status = 'received'
         or (status = 'failed' and next_attempt_at <= now())
         or (status = 'processing' and lease_expires_at < now())
      order by id limit ${options.limit}
      for update skip locked)
    returning id`);
  const ids = (Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows).map((row) => Number(row.id));
  if (ids.length === 0) return [];
  return options.db
    .select()
    .from(webhookEvents)
    .where(sql`${webhookEvents.id} in ${ids}`)
    .orderBy(webhookEvents.id);
}

/**
 * One pass of the embedded runner over pending webhook events: batch after batch while full batches keep coming, for
 * at most `budgetMs`, so a backlog drains at full speed yet a pass never starves the runner's other work for long.
 */
export async function processPendingWebhooks(options: {
  db: Db;
  owner: string;
  batchSize?: number;
  budgetMs?: number;
}): Promise<{ processed: number; hasMore: boolean }> {
  const batchSize = options.batchSize ?? 50;
  const deadline = Date.now() + (options.budgetMs ?? 2_000);
  let processed = 0;
  for (;;) {
    const events = await claimWebhookEvents({
      db: options.db,
      owner: options.owner,
      limit: batchSize,
      leaseMs: 60_000,
    });
    // Handlers converge (newer wins, atomic upserts), so a batch can run side by side; a few at a time keep
    // processing from waiting on one round trip after another.
    let next = 0;
    const worker = async () => {
      while (next < events.length)
        await processClaimedWebhookEvent({ db: options.db, event: events[next++]!, scheduleRetry: true });
    };
    await Promise.all(Array.from({ length: Math.min(PROCESSING_CONCURRENCY, events.length) }, worker));
    processed += events.length;
    if (events.length < batchSize) return { processed, hasMore: false };
    if (Date.now() >= deadline) return { processed, hasMore: true };
  }
}
