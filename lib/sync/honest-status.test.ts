import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { integrations, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { getIntegration } from "@/lib/integrations/get-integration";
import { markRunStarted, markRunSucceeded } from "./run-lifecycle";
import { recordItems, type ItemOutcome } from "./sync-progress";

const failed = (ref: string): ItemOutcome => ({
  ref,
  action: "update",
  result: "failed",
  counter: "failed",
  message: "Rejected",
  messageKey: "syncUi.errors.allItemsFailed",
  providerMessage: "Ürün bulunamadı",
});
const ok = (ref: string): ItemOutcome => ({ ref, action: "update", result: "succeeded", counter: "updated" });

describeWithDatabase("honest run statuses", (database) => {
  async function finish(items: ItemOutcome[]) {
    const { db } = database();
    const [run] = await db
      .insert(syncRuns)
      .values({ integrationId: "trendyol", kind: "stock_price_out", trigger: "manual" })
      .returning();
    await markRunStarted(db, run!.id);
    await recordItems(db, run!.id, items);
    await markRunSucceeded(db, run!.id);
    const [done] = await db.select().from(syncRuns).where(eq(syncRuns.id, run!.id));
    return done!;
  }

  it("fails a run in which every item failed, and the integration card says so", async () => {
    const { db } = database();
    await db.insert(integrations).values({ id: "trendyol", kind: "marketplace", isActive: true });
    const run = await finish([failed("A"), failed("B")]);
    expect(run).toMatchObject({
      status: "failed",
      failed: 2,
      error: "All 2 items failed",
      errorKey: "syncUi.errors.allItemsFailed",
      errorParams: { count: 2 },
    });
    const view = await getIntegration({ db, id: "trendyol" });
    expect(view.last_sync_status).toBe("failed");
    expect(view.latest_run).toMatchObject({ id: run.id, status: "failed", failed: 2 });
    expect(view.next_sync_at).not.toBeNull();
  });

  it("keeps a run with some successes succeeded (with its failed count), and an empty run succeeded", async () => {
    const { db } = database();
    const partly = await finish([failed("C"), ok("D")]);
    expect(partly).toMatchObject({ status: "succeeded", failed: 1, error: null, errorKey: null });
    expect((await getIntegration({ db, id: "trendyol" })).latest_run).toMatchObject({
      id: partly.id,
      status: "succeeded",
      failed: 1,
    });
    expect(await finish([])).toMatchObject({ status: "succeeded", seen: 0 });
  });
});
