import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issueOccurrences, issues, syncRuns, webhookEvents, type Issue } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { dispatchSyncRun } from "@/lib/runner/dispatch";
import { requestSync } from "@/lib/sync/request-sync";
import { handOffWebhookEvent, type WebhookDispatch } from "@/lib/webhooks/hand-off-webhook";
import { appendTimeline } from "@/lib/webhooks/timeline";

/** What "Replay all in this issue" would do, shown before it starts. `count` 0 means there is nothing to replay. */
export type ReplayPlan = { target: "webhook_events" | "sync_run" | "sync_items" | "none"; count: number };

const REPLAY_LIMIT = 1000;

async function failedEventIds(db: Db, issueId: number, statuses: ("failed" | "received")[]): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: webhookEvents.id })
    .from(issueOccurrences)
    .innerJoin(webhookEvents, eq(webhookEvents.id, issueOccurrences.webhookEventId))
    .where(and(eq(issueOccurrences.issueId, issueId), inArray(webhookEvents.status, statuses)))
    .limit(REPLAY_LIMIT);
  return rows.map((row) => row.id);
}

async function failedRefs(db: Db, issueId: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ ref: issueOccurrences.ref })
    .from(issueOccurrences)
    .where(and(eq(issueOccurrences.issueId, issueId), isNotNull(issueOccurrences.ref)))
    .limit(REPLAY_LIMIT);
  return rows.map((row) => row.ref!);
}

async function activeRun(db: Db, issue: Issue) {
  const [active] = await db
    .select({ id: syncRuns.id, status: syncRuns.status, trigger: syncRuns.trigger })
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.integrationId, issue.integrationId),
        eq(syncRuns.kind, issue.operation),
        inArray(syncRuns.status, ["queued", "running"]),
      ),
    )
    .limit(1);
  return active;
}

/** Failed webhook events are processed again; a failed sync runs again (only the failed items, for outbound ones). */
export async function planIssueReplay(db: Db, issue: Issue): Promise<ReplayPlan> {
  if (issue.kind === "webhook")
    return { target: "webhook_events", count: (await failedEventIds(db, issue.id, ["failed"])).length };
  if (issue.kind === "stuck_work" && issue.operation === "webhooks")
    return { target: "webhook_events", count: (await failedEventIds(db, issue.id, ["failed", "received"])).length };
  // A run waiting out its retry backoff is run now; one that is running already cannot be replayed.
  if (issue.kind === "sync_run")
    return { target: "sync_run", count: (await activeRun(db, issue))?.status === "running" ? 0 : 1 };
  if (issue.kind === "sync_item") {
    if (await activeRun(db, issue)) return { target: "sync_items", count: 0 };
    return { target: "sync_items", count: (await failedRefs(db, issue.id)).length };
  }
  return { target: "none", count: 0 };
}

/** Replays everything the plan counts; the count actually replayed comes back (it can be lower if work moved on). */
export async function replayIssue(options: { db: Db; actor: Actor; id: number; dispatch?: WebhookDispatch }) {
  const { db, actor, id } = options;
  const [issue] = await db.select().from(issues).where(eq(issues.id, id)).limit(1);
  if (!issue)
    throw new AppError("not_found", `No issue ${id}`, { messageKey: "errors.issue_not_found", params: { id } });
  const plan = await planIssueReplay(db, issue);
  if (plan.count === 0)
    throw new AppError("conflict", "Nothing in this issue can be replayed right now", {
      messageKey: "errors.issue_nothing_to_replay",
    });
  let replayed = 0;
  if (plan.target === "webhook_events") {
    const ids = await failedEventIds(db, issue.id, issue.kind === "webhook" ? ["failed"] : ["failed", "received"]);
    const rows = await db
      .update(webhookEvents)
      .set({
        status: "received",
        nextAttemptAt: null,
        lastError: null,
        timeline: appendTimeline("received", `replayed from issue ${issue.id} by ${actor.email}`),
      })
      .where(and(inArray(webhookEvents.id, ids), inArray(webhookEvents.status, ["failed", "received"])))
      .returning({ id: webhookEvents.id, provider: webhookEvents.provider });
    for (const event of rows) await handOffWebhookEvent({ db, event, dispatch: options.dispatch });
    replayed = rows.length;
  } else if (plan.target === "sync_run" && (await activeRun(db, issue))?.status === "queued") {
    const waiting = (await activeRun(db, issue))!;
    await db
      .update(syncRuns)
      .set({ runAfter: new Date() })
      .where(and(eq(syncRuns.id, waiting.id), eq(syncRuns.status, "queued")));
    await dispatchSyncRun({
      id: waiting.id,
      integrationId: issue.integrationId,
      kind: issue.operation,
      trigger: waiting.trigger,
    });
    replayed = 1;
  } else {
    const onlySkus =
      plan.target === "sync_items" && issue.operation !== "orders_in" ? await failedRefs(db, issue.id) : [];
    const [lastRun] = await db
      .select({ id: syncRuns.id })
      .from(syncRuns)
      .where(and(eq(syncRuns.integrationId, issue.integrationId), eq(syncRuns.kind, issue.operation)))
      .orderBy(desc(syncRuns.id))
      .limit(1);
    await requestSync({
      db,
      actor,
      integrationId: issue.integrationId,
      kind: issue.operation,
      trigger: "retry",
      retryOfRunId: lastRun?.id,
      options: onlySkus.length ? { onlySkus } : {},
    });
    replayed = plan.target === "sync_items" ? plan.count : 1;
  }
  await recordAudit({
    db,
    actor,
    action: "issue.replayed",
    targetType: "issue",
    targetId: issue.id,
    details: { target: plan.target, count: replayed },
  });
  return { target: plan.target, replayed };
}
