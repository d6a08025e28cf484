import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { handOffWebhookEvent, type WebhookDispatch } from "./hand-off-webhook";
import { appendTimeline } from "./timeline";
import { webhookConditions, webhookFilterSchema, type WebhookFilter } from "./list-webhook-events";

const REPLAYABLE = ["processed", "failed", "ignored", "skipped"] as const;
type WebhookStatusName = (typeof webhookEvents.status.enumValues)[number];
const requeued = (note: string) => ({
  status: "received" as const,
  generation: sql`${webhookEvents.generation} + 1`,
  nextAttemptAt: null,
  lastError: null,
  timeline: appendTimeline("received", note),
});

/** Runs processing of one stored event again. Rejected deliveries were never verified, so they cannot be replayed. */
export async function replayWebhookEvent(options: { db: Db; actor: Actor; id: number; dispatch?: WebhookDispatch }) {
  const { db, actor, id } = options;
  const [row] = await db
    .update(webhookEvents)
    .set(requeued(`replayed by ${actor.email}`))
    .where(and(eq(webhookEvents.id, id), inArray(webhookEvents.status, REPLAYABLE)))
    .returning({ id: webhookEvents.id, provider: webhookEvents.provider, generation: webhookEvents.generation });
  if (!row)
    throw new AppError(
      "conflict",
      "Only processed, failed, ignored or skipped events can be replayed, and not while one is in progress",
      { messageKey: "errors.webhook_not_replayable" },
    );
  await recordAudit({ db, actor, action: "webhook.replayed", targetType: "webhook_event", targetId: id });
  await handOffWebhookEvent({ db, event: row, dispatch: options.dispatch });
  return row;
}

/** What a bulk replay picks up: failures, and deliveries held while their integration was inactive. */
const BULK_REPLAYABLE = ["failed", "skipped"] as const;

/**
 * Replays up to `limit` failed or skipped events matching the filter and says how many remain, so the console can walk
 * a large set in chunks with a progress bar. Only those two statuses are touched, whatever status the filter names.
 * `dryRun` only counts them (the confirmation's number comes from the same conditions as the replay).
 */
export async function replayMatchingWebhooks(options: {
  db: Db;
  actor: Actor;
  filter: WebhookFilter;
  limit?: number;
  dryRun?: boolean;
  dispatch?: WebhookDispatch;
}) {
  const { db, actor } = options;
  const filter = webhookFilterSchema.parse({ ...options.filter, status: undefined, before: undefined });
  const where = and(webhookConditions(filter), inArray(webhookEvents.status, BULK_REPLAYABLE));
  const count = async () =>
    (
      await db
        .select({ value: sql<number>`count(*)::int` })
        .from(webhookEvents)
        .where(where)
    )[0]?.value ?? 0;
  if (options.dryRun) return { replayed: 0, remaining: await count() };
  const batch = await db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(where)
    .orderBy(webhookEvents.id)
    .limit(options.limit ?? 100);
  const replayed = await requeueMany({ db, ids: batch.map((row) => row.id), statuses: BULK_REPLAYABLE, actor });
  for (const event of replayed) await handOffWebhookEvent({ db, event, dispatch: options.dispatch });
  if (replayed.length)
    await recordAudit({ db, actor, action: "webhook.bulk_replayed", details: { count: replayed.length } });
  return { replayed: replayed.length, remaining: await count() };
}

/**
 * Replays the events a person picked in the log. Rows that cannot be replayed (rejected, or in progress) are left as
 * they are and counted, so the answer says what happened to each.
 */
export async function replaySelectedWebhooks(options: {
  db: Db;
  actor: Actor;
  ids: number[];
  dispatch?: WebhookDispatch;
}) {
  const { db, actor } = options;
  const ids = [...new Set(options.ids)];
  const replayed = await requeueMany({ db, ids, statuses: REPLAYABLE, actor });
  for (const event of replayed) await handOffWebhookEvent({ db, event, dispatch: options.dispatch });
  if (replayed.length)
    await recordAudit({
      db,
      actor,
      action: "webhook.bulk_replayed",
      details: { count: replayed.length, selected: ids.length },
    });
  return { replayed: replayed.length, notReplayable: ids.length - replayed.length };
}

async function requeueMany(options: { db: Db; ids: number[]; statuses: readonly WebhookStatusName[]; actor: Actor }) {
  if (options.ids.length === 0) return [];
  return options.db
    .update(webhookEvents)
    .set(requeued(`bulk replay by ${options.actor.email}`))
    .where(and(inArray(webhookEvents.id, options.ids), inArray(webhookEvents.status, [...options.statuses])))
    .returning({ id: webhookEvents.id, provider: webhookEvents.provider, generation: webhookEvents.generation });
}
