import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as cancelRoute } from "@/app/api/sync-runs/[runId]/cancel/route";
import { integrations, syncRuns, type SyncRun } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { runSync } from "@/inngest/functions/run-sync";
import type { Actor } from "@/lib/auth/actor";
import { claimSyncRun } from "@/lib/runner/claim-sync-run";
import { runClaimed } from "@/lib/runner/embedded-runner";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { retrySyncRun } from "./retry-sync-run";
import { STALE_HEARTBEAT_MS, sweepSyncRuns } from "./sweep-sync-runs";

describeWithDatabase("sync run safety nets", (database) => {
  const db = () => database().db;
  let admin: { actor: Actor; token: string };
  const runRow = async (id: number) => (await db().select().from(syncRuns).where(eq(syncRuns.id, id)))[0]!;
  const insertRun = async (values: Partial<typeof syncRuns.$inferInsert> = {}): Promise<SyncRun> => {
    const [run] = await db()
      .insert(syncRuns)
      .values({ integrationId: "trendyol", kind: "orders_in", trigger: "manual", ...values })
      .returning();
    return run!;
  };
  const finish = (id: number) =>
    db().update(syncRuns).set({ status: "succeeded", finishedAt: new Date() }).where(eq(syncRuns.id, id));

  beforeAll(async () => {
    admin = await createTestActor(db(), "admin");
    await db().insert(integrations).values({ id: "trendyol", kind: "marketplace", isActive: true });
  });

  it("re-sends a queued run whose hand-off failed, once it is a minute old, and only once", async () => {
    const run = await insertRun();
    const sent: number[] = [];
    const dispatch = async (target: { id: number }) => void sent.push(target.id);
    expect(await sweepSyncRuns({ db: db(), dispatch })).toEqual({ resent: 0, failed: 0 }); // too fresh
    const later = new Date(Date.now() + 61_000);
    expect(await sweepSyncRuns({ db: db(), dispatch: () => Promise.reject(new Error("down")), now: later })).toEqual({
      resent: 0,
      failed: 0,
    });
    expect(await sweepSyncRuns({ db: db(), dispatch, now: later })).toEqual({ resent: 1, failed: 0 });
    expect(await sweepSyncRuns({ db: db(), dispatch, now: later })).toEqual({ resent: 0, failed: 0 });
    expect(sent).toEqual([run.id]);
    expect((await runRow(run.id)).dispatchedAt).not.toBeNull();
    await finish(run.id);
  });

  it("fails a running run whose heartbeat went stale, and lets it be retried", async () => {
    const now = new Date();
    const stale = await insertRun({
      status: "running",
      startedAt: new Date(now.getTime() - 2 * STALE_HEARTBEAT_MS),
      heartbeatAt: new Date(now.getTime() - STALE_HEARTBEAT_MS - 1_000),
    });
    expect(await sweepSyncRuns({ db: db(), now })).toEqual({ resent: 0, failed: 1 });
    expect(await runRow(stale.id)).toMatchObject({ status: "failed", error: expect.stringMatching(/heartbeat/) });
    const retried = await retrySyncRun({ db: db(), actor: admin.actor, runId: stale.id, onlyFailedItems: false });
    expect(retried).toMatchObject({ status: "queued", retryOfRunId: stale.id });
    await finish(retried.id);
  });

  it("an admin cancels a queued run; Inngest then stops it without retrying and it stays cancelled", async () => {
    const run = await insertRun();
    const cancel = (token: string) =>
      cancelRoute(
        jsonRequest(`/api/sync-runs/${run.id}/cancel`, { token, method: "POST", body: {} }),
        routeParams({ runId: String(run.id) }),
      );
    const viewer = await createTestActor(db(), "viewer");
    expect((await cancel(viewer.token)).status).toBe(403);
    const cancelled = await cancel(admin.token);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toEqual({ run_id: run.id, status: "cancelled" });
    expect((await cancel(admin.token)).status).toBe(409);

    const { error } = await new InngestTestEngine({ function: runSync }).execute({
      events: [
        {
          name: "integration/sync.requested",
          data: { integrationId: "trendyol", kind: "orders_in", trigger: "manual", runId: run.id },
        },
      ],
    });
    expect((error as Error).name).toBe("NonRetriableError");
    expect(await runRow(run.id)).toMatchObject({ status: "cancelled", error: `Cancelled by ${admin.actor.email}` });
  });

  it("in embedded mode, a runner that lost its lease stops at the next step and leaves the run to the new owner", async () => {
    await insertRun();
    const claimed = await claimSyncRun({ db: db(), owner: "runner-stalled", leaseMs: 60_000 });
    // The stalled runner's lease lapsed and another runner took the run over.
    await db().update(syncRuns).set({ leaseOwner: "runner-b" }).where(eq(syncRuns.id, claimed!.id));
    expect(await runClaimed({ db: db(), run: claimed!, owner: "runner-stalled", leaseMs: 60_000 })).toBe("stopped");
    expect(await runRow(claimed!.id)).toMatchObject({ status: "running", leaseOwner: "runner-b", attempts: 1 });
  });
});
