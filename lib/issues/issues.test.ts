import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrationHealth, integrations, issues, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { markRunSucceeded } from "@/lib/sync/run-lifecycle";
import { inlineStep } from "@/lib/sync/step";
import { recordItems, type ItemOutcome } from "@/lib/sync/sync-progress";
import { createTestActor } from "@/lib/testing/actors";
import { changeIssueStatus } from "./change-issue-status";
import { getIssue } from "./get-issue";
import { listIssues } from "./list-issues";
import { recordFailure } from "./record-failure";

const refused = (sku: string, n: number): ItemOutcome => ({
  ref: sku,
  action: "update",
  result: "failed",
  counter: "failed",
  message: `Trendyol refused ${sku}: title longer than 100 characters (got ${100 + n}) at 2026-11-29T03:${String(n % 60).padStart(2, "0")}:00Z`,
});

describeWithDatabase("failure issues", (database) => {
  const db = () => database().db;
  let actor: Actor;
  const newRun = async (kind = "products_out") =>
    (
      await db()
        .insert(syncRuns)
        .values({ integrationId: "trendyol", kind, trigger: "manual", status: "running" })
        .returning()
    )[0]!;
  const itemIssues = async () => db().select().from(issues).where(eq(issues.kind, "sync_item")).orderBy(issues.id);

  beforeAll(async () => {
    actor = (await createTestActor(db(), "admin")).actor;
    await db()
      .insert(integrations)
      .values([
        { id: "trendyol", kind: "marketplace", isActive: true },
        { id: "luca", kind: "erp", isActive: true },
      ]);
  });

  it("groups 50 failures of the same kind into one issue with count 50, and a different error into a second", async () => {
    const run = await newRun();
    await recordItems(
      db(),
      run.id,
      Array.from({ length: 50 }, (_, n) => refused(`SKU-${n}`, n)),
    );
    let rows = await itemIssues();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ integrationId: "trendyol", operation: "products_out", status: "open", count: 50 });

    await recordItems(db(), run.id, [
      {
        ref: "SKU-X",
        action: "update",
        result: "failed",
        counter: "failed",
        message: "Trendyol: brand 1234 is unknown",
      },
    ]);
    rows = await itemIssues();
    expect(rows.map((row) => row.count)).toEqual([50, 1]);

    // Recording the same item of the same run again (a retried step) changes nothing.
    await recordItems(db(), run.id, [refused("SKU-1", 1)]);
    expect((await itemIssues())[0]!.count).toBe(50);

    const detail = await getIssue({ db: db(), id: rows[0]!.id });
    expect(detail.samples).toHaveLength(10);
    expect(detail.replay).toEqual({ target: "sync_items", count: 0 }); // the run is still active
  });

  it("resolves when the same operation succeeds again, and reopens when it fails again", async () => {
    await db().update(syncRuns).set({ status: "failed" });
    const [first] = await itemIssues();
    expect((await getIssue({ db: db(), id: first!.id })).replay).toEqual({ target: "sync_items", count: 50 });

    const clean = await newRun();
    await recordItems(db(), clean.id, [{ ref: "SKU-1", action: "update", result: "succeeded", counter: "updated" }]);
    await markRunSucceeded(db(), clean.id);
    expect((await itemIssues()).map((row) => row.status)).toEqual(["resolved", "resolved"]);
    expect((await listIssues({ db: db(), filter: {} })).issues).toHaveLength(0);

    const again = await newRun();
    await recordItems(db(), again.id, [refused("SKU-7", 7)]);
    const reopened = (await itemIssues())[0]!;
    expect(reopened).toMatchObject({ status: "open", count: 51, resolvedAt: null });
  });

  it("a failing sync run opens an issue, counts towards the integration's streak, and keeps an acknowledgement", async () => {
    const run = await newRun("orders_in");
    await db().update(syncRuns).set({ integrationId: "luca" }).where(eq(syncRuns.id, run.id));
    for (let attempt = 0; attempt < 3; attempt++)
      await expect(executeSyncRun({ db: db(), runId: run.id, step: inlineStep() })).rejects.toThrow(/no "orders_in"/);
    const [issue] = await db().select().from(issues).where(eq(issues.integrationId, "luca"));
    expect(issue).toMatchObject({ kind: "sync_run", operation: "orders_in", count: 3, status: "open" });
    const [health] = await db().select().from(integrationHealth).where(eq(integrationHealth.integrationId, "luca"));
    expect(health).toMatchObject({ consecutiveFailures: 3 });
    expect(health!.failingSince).toBeInstanceOf(Date);

    await changeIssueStatus({ db: db(), actor, id: issue!.id, action: "acknowledge" });
    await recordFailure({
      db: db(),
      integrationId: "luca",
      kind: "sync_run",
      operation: "orders_in",
      message: `luca has no "orders_in" sync`,
    });
    const [still] = await db().select().from(issues).where(eq(issues.id, issue!.id));
    expect(still).toMatchObject({ status: "acknowledged", count: 4, acknowledgedBy: actor.email });
  });
});
