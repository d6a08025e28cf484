import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { TRENDYOL_WEBHOOK_EVENT_TYPES } from "@/lib/providers/trendyol/webhook-wire";
import { createTestActor } from "@/lib/testing/actors";
import { configureTrendyol } from "@/lib/testing/trendyol-fixture";
import { deliver, sampleDelivery } from "../test-delivery";

describeWithDatabase("Trendyol webhook handlers", (database) => {
  beforeAll(async () => {
    const { actor } = await createTestActor(database().db, "admin");
    await configureTrendyol(database().db, actor, "http://127.0.0.1:9");
  });
  const ordersRuns = () => database().db.select().from(syncRuns).where(eq(syncRuns.kind, "orders_in"));

  it("queues one orders_in run for the first push; pushes while it is queued are still processed", async () => {
    const first = await deliver(database().db, sampleDelivery("trendyol", "order.created"));
    const [run] = await ordersRuns();
    expect(run).toMatchObject({ integrationId: "trendyol", kind: "orders_in", trigger: "webhook", status: "queued" });
    expect(first).toEqual({ outcome: "processed", note: `orders_in sync ${run!.id} queued` });

    for (const eventType of TRENDYOL_WEBHOOK_EVENT_TYPES) {
      const again = await deliver(database().db, sampleDelivery("trendyol", eventType));
      expect(again).toEqual({ outcome: "processed", note: `orders_in sync ${run!.id} is already queued or running` });
    }
    expect(await ordersRuns()).toHaveLength(1);
  });

  it("queues a fresh run once the previous one has finished", async () => {
    await database()
      .db.update(syncRuns)
      .set({ status: "succeeded", finishedAt: new Date() })
      .where(eq(syncRuns.kind, "orders_in"));
    expect((await deliver(database().db, sampleDelivery("trendyol", "order.cancelled"))).note).toMatch(
      /^orders_in sync \d+ queued$/,
    );
    expect((await ordersRuns()).map((run) => run.status).sort()).toEqual(["queued", "succeeded"]);
  });

  it("fails pushes processed while the integration is inactive, so they can be replayed once it is active", async () => {
    await database().db.update(syncRuns).set({ status: "succeeded" }).where(eq(syncRuns.kind, "orders_in"));
    await database().db.update(integrations).set({ isActive: false }).where(eq(integrations.id, "trendyol"));
    await expect(deliver(database().db, sampleDelivery("trendyol", "order.status_changed"))).rejects.toThrow(
      /inactive/,
    );
    expect(await ordersRuns()).toHaveLength(2);
  });
});
