import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { integrations, orders, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { generateOrders, startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import { createTestActor } from "@/lib/testing/actors";
import { FAKE_TRENDYOL, configureTrendyol } from "@/lib/testing/trendyol-fixture";
import { deliver, sampleDelivery } from "../test-delivery";

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({ ...FAKE_TRENDYOL, tier: "unlimited" });
});
afterAll(() => fake.close());

describeWithDatabase("Trendyol webhook handlers", (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    const { actor } = await createTestActor(db(), "admin");
    await configureTrendyol(db(), actor, fake.baseUrl);
  });
  const ordersRuns = () => db().select().from(syncRuns).where(eq(syncRuns.kind, "orders_in"));

  /** A push of `pkg` as Trendyol sends it (the envelope), while Trendyol's API holds `current`. */
  function push(pkg: ReturnType<typeof generateOrders>[number]) {
    const delivery = sampleDelivery("trendyol", "order.status_changed");
    delivery.body = { totalElements: 1, totalPages: 1, page: 0, size: 1, content: [structuredClone(pkg)] };
    return delivery;
  }

  it("re-reads the pushed package from Trendyol and stores what Trendyol says now, whatever the push carried", async () => {
    const [pkg] = generateOrders(1, Date.now() - 60_000, { status: "Created" });
    fake.addOrders([pkg!]);
    const stale = push({ ...pkg!, status: "Created", shipmentPackageStatus: "Created" });
    fake.setPackageStatus(pkg!.shipmentPackageId, "Picking");
    const result = await deliver(db(), stale);
    expect(result).toEqual({ outcome: "processed", note: `re-read from Trendyol: ${pkg!.shipmentPackageId} created` });
    const [stored] = await db()
      .select()
      .from(orders)
      .where(eq(orders.packageId, String(pkg!.shipmentPackageId)));
    expect(stored?.status).toBe("picking");
    // A repeat, or an older push arriving late, leaves the same end state.
    expect((await deliver(db(), stale)).note).toBe(`re-read from Trendyol: ${pkg!.shipmentPackageId} unchanged`);
    expect(await ordersRuns()).toHaveLength(0);
  });

  it("leaves a package the look-up no longer serves to the orders sync, queued once", async () => {
    const [old] = generateOrders(1, Date.now() - 40 * 86_400_000);
    const first = await deliver(db(), push(old!));
    const [run] = await ordersRuns();
    expect(run).toMatchObject({ kind: "orders_in", trigger: "webhook", status: "queued" });
    expect(first.note).toContain(`not served by look-up: ${old!.shipmentPackageId}; orders_in sync ${run!.id} queued`);
    const again = await deliver(db(), push(old!));
    expect(again.note).toContain(`orders_in sync ${run!.id} is already queued or running`);
    expect(await ordersRuns()).toHaveLength(1);
  });

  it("fails pushes processed while the integration is inactive, so they can be replayed once it is active", async () => {
    await db().update(syncRuns).set({ status: "succeeded" }).where(eq(syncRuns.kind, "orders_in"));
    await db().update(integrations).set({ isActive: false }).where(eq(integrations.id, "trendyol"));
    const [old] = generateOrders(1, Date.now() - 40 * 86_400_000);
    await expect(deliver(db(), push(old!))).rejects.toThrow(/inactive/);
  });
});
