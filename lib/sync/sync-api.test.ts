import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getLogs } from "@/app/api/integrations/[id]/logs/route";
import { POST as postSync } from "@/app/api/integrations/[id]/sync/route";
import { POST as postRetry } from "@/app/api/sync-runs/[runId]/retry/route";
import { GET as getRun } from "@/app/api/sync-runs/[runId]/route";
import { syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { FAKE_TRENDYOL, configureTrendyol, insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { executeSyncRun } from "./execute-sync-run";
import { inlineStep } from "./step";

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({ ...FAKE_TRENDYOL });
});
afterAll(() => fake.close());

describeWithDatabase("sync API", (database) => {
  let admin: { token: string; actor: Awaited<ReturnType<typeof createTestActor>>["actor"] };
  let viewer: { token: string };
  const sync = (id: string, body: unknown, token: string | null = admin.token) =>
    postSync(
      jsonRequest(`/api/integrations/${id}/sync`, { token: token ?? undefined, body, method: "POST" }),
      routeParams({ id }),
    );

  beforeAll(async () => {
    fake.reset();
    admin = await createTestActor(database().db, "admin");
    viewer = await createTestActor(database().db, "viewer");
    await configureTrendyol(database().db, admin.actor, fake.baseUrl);
    await insertProducts(database().db, [productRow(1), productRow(2, { listPrice: 100, salePrice: 200 })]);
  });

  it("queues a run (202), refuses a second while it is active (409), and checks who asks", async () => {
    const accepted = await sync("trendyol", { kind: "products_out" });
    expect(accepted.status).toBe(202);
    const { run_id } = await accepted.json();
    expect(run_id).toEqual(expect.any(Number));
    const busy = await sync("trendyol", { kind: "products_out" });
    expect(busy.status).toBe(409);
    expect((await busy.json()).run_id).toBe(run_id);
    expect((await sync("amazon", {})).status).toBe(404);
    expect((await sync("trendyol", { kind: "teleport" })).status).toBe(400);
    expect((await sync("trendyol", {}, null)).status).toBe(401);
    expect((await sync("trendyol", {}, viewer.token)).status).toBe(403);
    expect((await sync("stripe", {})).status).toBe(400); // Stripe has no sync

    await executeSyncRun({
      db: database().db,
      runId: run_id,
      step: inlineStep(async () => {}),
      deps: { pollIntervalMs: 0 },
    });
    const detail = await (
      await getRun(
        jsonRequest(`/api/sync-runs/${run_id}?result=failed`, { token: viewer.token }),
        routeParams({ runId: String(run_id) }),
      )
    ).json();
    expect(detail.run).toMatchObject({ status: "succeeded", created: 1, failed: 1 });
    expect(detail.items).toEqual([expect.objectContaining({ ref: "SKU-00002", result: "failed" })]);
  });

  it("retries only the failed items of a run", async () => {
    const [last] = await database().db.select().from(syncRuns).where(eq(syncRuns.status, "succeeded"));
    const response = await postRetry(
      jsonRequest(`/api/sync-runs/${last!.id}/retry`, { token: admin.token, body: { only_failed_items: true } }),
      routeParams({ runId: String(last!.id) }),
    );
    expect(response.status).toBe(202);
    const [retry] = await database()
      .db.select()
      .from(syncRuns)
      .where(eq(syncRuns.id, (await response.json()).run_id));
    expect(retry).toMatchObject({ trigger: "retry", retryOfRunId: last!.id, options: { onlySkus: ["SKU-00002"] } });
  });

  it("lists an integration's sync runs and webhook events as JSON", async () => {
    const response = await getLogs(
      jsonRequest("/api/integrations/trendyol/logs?limit=1", { token: viewer.token }),
      routeParams({ id: "trendyol" }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.sync_runs.items).toHaveLength(1);
    expect(body.sync_runs.next_before).toEqual(expect.any(Number));
    expect(body.webhook_events.items).toEqual([]);
    const unknown = await getLogs(
      jsonRequest("/api/integrations/nope/logs", { token: viewer.token }),
      routeParams({ id: "nope" }),
    );
    expect(unknown.status).toBe(404);
  });
});
