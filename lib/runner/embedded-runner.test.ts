import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, issues, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { PROVIDER_IDS } from "@/lib/providers/types";
import { handleAttemptFailure } from "@/lib/sync/run-lifecycle";
import { claimSyncRun } from "./claim-sync-run";
import { runClaimed } from "./embedded-runner";

describeWithDatabase("embedded runner", (database) => {
  const db = () => database().db;

  beforeAll(async () => {
    await db()
      .insert(integrations)
      .values(PROVIDER_IDS.map((id) => ({ id, kind: "test", isActive: true })));
  });

  it("two runners claiming at once never take the same run", async () => {
    const values = PROVIDER_IDS.flatMap((integrationId) =>
      ["a", "b", "c", "d"].map((kind) => ({ integrationId, kind, trigger: "manual" as const })),
    );
    const created = await db().insert(syncRuns).values(values).returning({ id: syncRuns.id });
    const claimedBy = new Map<number, string>();
    const drain = async (owner: string) => {
      for (;;) {
        const run = await claimSyncRun({ db: db(), owner, leaseMs: 60_000 });
        if (!run) return;
        expect(claimedBy.has(run.id)).toBe(false);
        claimedBy.set(run.id, owner);
      }
    };
    await Promise.all([drain("runner-a"), drain("runner-b")]);
    expect([...claimedBy.keys()].sort((x, y) => x - y)).toEqual(created.map((row) => row.id));
    const rows = await db().select().from(syncRuns);
    expect(
      rows.every((row) => row.status === "running" && row.attempts === 1 && row.leaseOwner === claimedBy.get(row.id)),
    ).toBe(true);
    await db().delete(syncRuns);
  });

  it("a run whose runner died is resumed by another once the lease expires", async () => {
    const [queued] = await db()
      .insert(syncRuns)
      .values({ integrationId: "luca", kind: "erp_out", trigger: "schedule" })
      .returning();
    const dead = await claimSyncRun({ db: db(), owner: "runner-killed", leaseMs: 150 });
    expect(dead?.id).toBe(queued!.id);
    expect(await claimSyncRun({ db: db(), owner: "runner-b", leaseMs: 60_000 })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resumed = await claimSyncRun({ db: db(), owner: "runner-b", leaseMs: 60_000 });
    expect(resumed).toMatchObject({ id: queued!.id, leaseOwner: "runner-b", attempts: 2, status: "running" });
    await db().delete(syncRuns);
  });

  it("a failing run goes back to the queue with backoff, then fails for good with an issue", async () => {
    // trendyol has no erp_out sync, so every attempt fails.
    const [queued] = await db()
      .insert(syncRuns)
      .values({ integrationId: "trendyol", kind: "erp_out", trigger: "manual" })
      .returning();
    const claimed = (await claimSyncRun({ db: db(), owner: "r", leaseMs: 60_000 }))!;
    expect(await runClaimed({ db: db(), run: claimed, owner: "r", leaseMs: 60_000 })).toBe("retrying");
    const [retrying] = await db().select().from(syncRuns).where(eq(syncRuns.id, queued!.id));
    expect(retrying).toMatchObject({ status: "queued", attempts: 1, error: expect.stringContaining("erp_out") });
    expect(retrying!.runAfter.getTime()).toBeGreaterThan(Date.now() + 10_000);
    expect(await claimSyncRun({ db: db(), owner: "r", leaseMs: 60_000 })).toBeNull(); // still backing off

    expect(await handleAttemptFailure(db(), { ...retrying!, attempts: 5 }, "still broken")).toBe("failed");
    const [failed] = await db().select().from(syncRuns).where(eq(syncRuns.id, queued!.id));
    expect(failed).toMatchObject({ status: "failed", error: "still broken" });
    const [issue] = await db().select().from(issues).where(eq(issues.integrationId, "trendyol"));
    expect(issue).toMatchObject({ kind: "sync_run", operation: "erp_out", status: "open", count: 1 });
  });
});
