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

/**
 * Replays up to `limit` failed events matching the filter and says how many remain, so the console can walk a large
 * set in chunks with a progress bar. Only failed events are touched, whatever status the filter names.
 */
export async function replayMatchingWebhooks(options: {
  db: Db;
  actor: Actor;
  filter: WebhookFilter;
  limit?: number;
  dispatch?: WebhookDispatch;
}) {
  const { db, actor } = options;
  const filter = webhookFilterSchema.parse({ ...options.filter, status: "failed", before: undefined });
  const where = webhookConditions(filter);
  const batch = await db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(where)
    .orderBy(webhookEvents.id)
    .limit(options.limit ?? 100);
  const ids = batch.map((row) => row.id);
  const replayed = ids.length
    ? await db
        .update(webhookEvents)
        .set(requeued(`bulk replay by ${actor.email}`))
        .where(and(inArray(webhookEvents.id, ids), eq(webhookEvents.status, "failed")))
        .returning({ id: webhookEvents.id, provider: webhookEvents.provider, generation: webhookEvents.generation })
    : [];
  for (const event of replayed) await handOffWebhookEvent({ db, event, dispatch: options.dispatch });
  const [remaining] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(webhookEvents)
    .where(where);
  if (replayed.length)
    await recordAudit({ db, actor, action: "webhook.bulk_replayed", details: { count: replayed.length } });
  return { replayed: replayed.length, remaining: remaining?.value ?? 0 };
}
