import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { integrations, orders, shipments, syncItems } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { startArasFake, type ArasFake } from "@/lib/providers/aras/fake-server";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { requestSync } from "@/lib/sync/request-sync";
import { inlineStep } from "@/lib/sync/step";
import { createTestActor } from "@/lib/testing/actors";
import { createOrderShipment } from "./create-order-shipment";

const LOGIN = {
  username: "u",
  password: "s3cret-pw",
  queryUsername: "qu",
  queryPassword: "q-s3cret",
  customerCode: "1932448851342",
};

let fake: ArasFake;
beforeAll(async () => {
  fake = await startArasFake(LOGIN);
});
afterAll(() => fake.close());

describeWithDatabase("Aras shipments for orders", (database) => {
  const db = () => database().db;
  let admin: Actor;
  let orderId: number;
  let clock = new Date("2026-11-29T09:00:00Z");
  const deps = { sleep: async () => {}, now: () => clock };

  beforeAll(async () => {
    admin = (await createTestActor(db(), "admin")).actor;
    await db().insert(integrations).values({ id: "trendyol", kind: "marketplace" }).onConflictDoNothing();
    await saveIntegrationConfig({
      db: db(),
      actor: admin,
      type: "aras",
      body: {
        is_active: true,
        username: LOGIN.username,
        password: LOGIN.password,
        customer_code: LOGIN.customerCode,
        query_username: LOGIN.queryUsername,
        query_password: LOGIN.queryPassword,
        base_url: fake.orderUrl,
        query_url: fake.queryUrl,
      },
    });
  });

  beforeEach(async () => {
    fake.shipments.clear();
    for (const key of Object.keys(fake.calls)) delete fake.calls[key];
    clock = new Date("2026-11-29T09:00:00Z");
    await db().delete(shipments).where(eq(shipments.carrier, "aras"));
    await db().delete(orders).where(eq(orders.integrationId, "trendyol"));
    const [order] = await db()
      .insert(orders)
      .values({
        integrationId: "trendyol",
        remoteOrderNumber: "10063",
        packageId: "3456789012",
        status: "created",
        customerName: "Ayşe Yılmaz",
        shippingAddress: {
          fullName: "Ayşe Yılmaz",
          address: "Moda Cad. No: 5",
          district: "Kadıköy",
          city: "İstanbul",
          postalCode: "34710",
          countryCode: "TR",
          phone: "05321112233",
        },
        totalKurus: 12_990,
        lines: [],
        orderedAt: clock,
        remoteUpdatedAt: clock,
        raw: {},
      })
      .returning();
    orderId = order!.id;
  });

  async function track() {
    const run = await requestSync({
      db: db(),
      actor: admin,
      integrationId: "aras",
      kind: "tracking_in",
      trigger: "manual",
    });
    await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}), deps });
    return db().select().from(syncItems).where(eq(syncItems.runId, run.id));
  }

  const stored = async () => (await db().select().from(shipments).where(eq(shipments.carrier, "aras")))[0]!;

  it("five concurrent creates for one order make one shipment at Aras and one row", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createOrderShipment({ db: db(), orderId, carrier: "aras", deps })),
    );
    expect(fake.shipments.size).toBe(1);
    expect(fake.calls.SetOrder).toBeLessThanOrEqual(5);
    expect(await db().select().from(shipments)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.dryRun ? null : r.shipment.integrationCode)))).toEqual(
      new Set(["TY3456789012"]),
    );
    await createOrderShipment({ db: db(), orderId, carrier: "aras", deps });
    expect(fake.shipments.size).toBe(1);
  });

  it("a dry run shows the SetOrder order and sends nothing", async () => {
    const result = await createOrderShipment({ db: db(), orderId, carrier: "aras", dryRun: true, deps });
    expect(result).toMatchObject({
      dryRun: true,
      integrationCode: "TY3456789012",
      request: { IntegrationCode: "TY3456789012", ReceiverPhone1: "5321112233", ReceiverTownName: "KADIKÖY" },
    });
    expect(fake.calls.SetOrder).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain(LOGIN.password);
  });

  it("names the missing address field", async () => {
    await db()
      .update(orders)
      .set({ shippingAddress: { fullName: "A", address: "B", city: "C", district: "", phone: "5321112233" } })
      .where(eq(orders.id, orderId));
    await expect(createOrderShipment({ db: db(), orderId, carrier: "aras", deps })).rejects.toMatchObject({
      code: "invalid_input",
      details: { field: "shipping_address.district" },
    });
  });

  it("the tracking poll walks the shipment to delivered on the sheet's cadence, then stops", async () => {
    await createOrderShipment({ db: db(), orderId, carrier: "aras", deps });
    expect(await stored()).toMatchObject({ status: "registered", trackingNumber: null });

    clock = new Date(clock.getTime() + 10 * 60_000);
    expect(await track()).toHaveLength(0); // not due before 30 minutes
    clock = new Date(clock.getTime() + 25 * 60_000);
    expect(await track()).toMatchObject([{ ref: "TY3456789012", result: "skipped" }]);

    fake.advance("TY3456789012");
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect(await track()).toMatchObject([{ result: "succeeded", message: "registered → accepted" }]);
    const accepted = await stored();
    expect(accepted).toMatchObject({ status: "accepted", trackingNumber: expect.stringMatching(/^\d{13}$/) });
    expect(accepted.nextPollAt).toEqual(new Date(clock.getTime() + 2 * 3600_000));

    fake.advance("TY3456789012", "6");
    clock = new Date(clock.getTime() + 2 * 3600_000);
    await track();
    expect(await stored()).toMatchObject({ status: "delivered", nextPollAt: null });
    clock = new Date(clock.getTime() + 24 * 3600_000);
    expect(await track()).toHaveLength(0);
  });

  it("alerts once when no waybill appears for three days", async () => {
    await createOrderShipment({ db: db(), orderId, carrier: "aras", deps });
    clock = new Date(clock.getTime() + 3 * 86_400_000);
    expect((await track()).map((item) => item.action)).toEqual(["track", "waybill_overdue"]);
    clock = new Date(clock.getTime() + 3600_000);
    expect((await track()).map((item) => item.action)).toEqual(["track"]);
  });
});
