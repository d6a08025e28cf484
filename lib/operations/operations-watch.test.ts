import { InngestTestEngine } from "@inngest/test";
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, issueOccurrences, issues, syncRuns, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { watchOperationsFunction } from "@/inngest/functions/watch-operations";
import type { Actor } from "@/lib/auth/actor";
import { getIssue } from "@/lib/issues/get-issue";
import { replayIssue } from "@/lib/issues/replay-issue";
import { purgeOldIssues } from "@/lib/issues/purge-old-issues";
import { createTestActor } from "@/lib/testing/actors";
import { detectStuckWork } from "./detect-stuck-work";
import { observeWebhookProcessed } from "./observe-webhook";

const HOUR_MS = 3_600_000;

describeWithDatabase("operations watch", (database) => {
  const db = () => database().db;
  let actor: Actor;
  const insertEvents = (count: number, values: Partial<typeof webhookEvents.$inferInsert>) =>
    db()
      .insert(webhookEvents)
      .values(
        Array.from({ length: count }, () => ({
          provider: "shopify",
          integrationId: "shopify",
          eventType: "orders/create",
          status: "received" as const,
          headers: {},
          rawBody: "{}",
          ...values,
        })),
      )
      .returning();
  const issuesOf = (kind: string) => db().select().from(issues).where(eq(issues.kind, kind)).orderBy(issues.id);

  beforeAll(async () => {
    actor = (await createTestActor(db(), "admin")).actor;
    await db()
      .insert(integrations)
      .values([
        { id: "shopify", kind: "marketplace", isActive: true },
        { id: "trendyol", kind: "marketplace", isActive: true },
      ]);
  });

  it("turns work waiting past the threshold into one issue per integration, and resolves it once the work moves", async () => {
    const stale = await insertEvents(2, { receivedAt: new Date(Date.now() - 2 * HOUR_MS) });
    await insertEvents(1, {}); // just arrived: not stuck
    await db()
      .insert(syncRuns)
      .values({
        integrationId: "trendyol",
        kind: "orders_in",
        trigger: "schedule",
        runAfter: new Date(Date.now() - HOUR_MS),
      });

    await detectStuckWork({ db: db(), stuckAfterMinutes: 30 });
    await detectStuckWork({ db: db(), stuckAfterMinutes: 30 }); // the next pass counts nothing twice
    const stuck = await issuesOf("stuck_work");
    expect(
      stuck.map(({ integrationId, operation, count, status }) => ({ integrationId, operation, count, status })),
    ).toEqual([
      { integrationId: "shopify", operation: "webhooks", count: 2, status: "open" },
      { integrationId: "trendyol", operation: "sync_runs", count: 1, status: "open" },
    ]);
    expect((await getIssue({ db: db(), id: stuck[0]!.id })).replay).toEqual({ target: "webhook_events", count: 2 });

    await db().update(webhookEvents).set({ status: "processed" }).where(eq(webhookEvents.id, stale[0]!.id));
    await db().update(webhookEvents).set({ status: "processed" }).where(eq(webhookEvents.id, stale[1]!.id));
    await detectStuckWork({ db: db(), stuckAfterMinutes: 30 });
    expect((await issuesOf("stuck_work")).map((issue) => issue.status)).toEqual(["resolved", "open"]);
  });

  it("groups failed webhook events into one issue and replays exactly those events", async () => {
    const failed = await insertEvents(3, { status: "failed", eventType: "orders/paid" });
    for (const [n, event] of failed.entries())
      await observeWebhookProcessed(db(), event, "failed", `Unknown SKU in Shopify order #${7000 + n}: SKU-${n}`);
    const [issue] = await db()
      .select()
      .from(issues)
      .where(and(eq(issues.kind, "webhook"), eq(issues.operation, "orders/paid")));
    expect(issue).toMatchObject({ integrationId: "shopify", count: 3, status: "open" });
    expect((await getIssue({ db: db(), id: issue!.id })).replay).toEqual({ target: "webhook_events", count: 3 });

    const dispatched: number[] = [];
    const result = await replayIssue({
      db: db(),
      actor,
      id: issue!.id,
      dispatch: async (event) => void dispatched.push(event.id),
    });
    expect(result).toEqual({ target: "webhook_events", replayed: 3 });
    expect(dispatched.sort()).toEqual(failed.map((event) => event.id).sort());
    expect((await getIssue({ db: db(), id: issue!.id })).replay.count).toBe(0);

    // One processed event of the type resolves the issue.
    await observeWebhookProcessed(db(), failed[0]!, "processed");
    const [after] = await db().select().from(issues).where(eq(issues.id, issue!.id));
    expect(after).toMatchObject({ status: "resolved", resolvedBy: "auto" });
  });

  it("runs as an Inngest cron: stuck work found, nothing sent without alert recipients", async () => {
    const { result } = await new InngestTestEngine({ function: watchOperationsFunction }).execute({
      events: [{ name: "inngest/scheduled.timer", data: { cron: "TZ=Europe/Istanbul * * * * *" } }],
    });
    expect(result).toEqual({ stuck: { webhookEvents: 0, syncRuns: 1 }, alerts: { messages: 0, issues: 0 } });
  });

  it("purges old occurrences and long-resolved issues, never open ones", async () => {
    const later = new Date(Date.now() + HOUR_MS);
    const purged = await purgeOldIssues({ db: db(), cutoff: later });
    expect(purged.issues).toBe(2); // the resolved stuck-webhooks and webhook issues
    expect(await db().select().from(issueOccurrences)).toHaveLength(0);
    expect((await db().select().from(issues)).map((issue) => issue.status)).toEqual(["open"]);
  });
});
