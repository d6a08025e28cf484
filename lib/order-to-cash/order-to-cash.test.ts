import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { orderInvoices, orders, orderStepRuns, shipments } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import { getOrderTimeline } from "@/lib/orders/order-timeline";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import { startArasFake, type ArasFake } from "@/lib/providers/aras/fake-server";
import { startLucaFake, type LucaFake } from "@/lib/providers/luca/fake-server";
import { generateOrders, startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { requestSync } from "@/lib/sync/request-sync";
import { inlineStep } from "@/lib/sync/step";
import { createTestActor } from "@/lib/testing/actors";
import { configureTrendyol, FAKE_TRENDYOL } from "@/lib/testing/trendyol-fixture";
import { runStepNow } from "./actions";
import { advanceOrderToCash } from "./advance";
import { onOrderToCash } from "./dispatch";
import { createOrderToCashQueue } from "./embedded-queue";
import { saveOrderToCashRules } from "./rules";
import { ACTION_STEPS } from "./steps";

vi.hoisted(() => {
  process.env.KOPRU_EMBEDDED_RUNNER = "on";
  process.env.KOPRU_PUBLIC_URL = "https://kopru.example.com";
});

const ARAS = { username: "u", password: "s3cret-pw", queryUsername: "qu", queryPassword: "q-pw", customerCode: "1932" };
const LUCA = {
  memberNumber: "10042",
  username: "Admin",
  password: "pw",
  einvoiceUser: "4540536920",
  einvoicePassword: "e",
};

let aras: ArasFake;
let luca: LucaFake;
let trendyol: TrendyolFake;
beforeAll(async () => {
  [aras, luca, trendyol] = await Promise.all([
    startArasFake(ARAS),
    startLucaFake(LUCA),
    startTrendyolFake({ ...FAKE_TRENDYOL, tier: "unlimited", endpointLimit: { max: 10_000, windowMs: 10_000 } }),
  ]);
});
afterAll(() => Promise.all([aras.close(), luca.close(), trendyol.close()]));

describeWithDatabase("order to cash", (database) => {
  const db = () => database().db;
  let admin: Actor;
  let queue: ReturnType<typeof createOrderToCashQueue>;
  let later = 0;
  const deps = { sleep: async () => {}, now: () => new Date(Date.now() + later) };

  beforeAll(async () => {
    admin = (await createTestActor(db(), "admin")).actor;
    await configureTrendyol(db(), admin, trendyol.baseUrl);
    await saveIntegrationConfig({
      db: db(),
      actor: admin,
      type: "aras",
      body: {
        is_active: true,
        username: ARAS.username,
        password: ARAS.password,
        customer_code: ARAS.customerCode,
        query_username: ARAS.queryUsername,
        query_password: ARAS.queryPassword,
        base_url: aras.orderUrl,
        query_url: aras.queryUrl,
      },
    });
    await saveIntegrationConfig({
      db: db(),
      actor: admin,
      type: "luca",
      body: {
        is_active: true,
        member_number: LUCA.memberNumber,
        username: LUCA.username,
        password: LUCA.password,
        einvoice_username: LUCA.einvoiceUser,
        einvoice_password: LUCA.einvoicePassword,
        einvoice_url: luca.baseUrl,
        base_url: luca.kozaUrl,
      },
    });
    queue = createOrderToCashQueue(db());
    onOrderToCash((job) => void queue.enqueue(job));
  });

  beforeEach(async () => {
    later = 0;
    luca.reset();
    trendyol.reset();
    aras.shipments.clear();
    for (const key of Object.keys(aras.calls)) delete aras.calls[key];
    await db().delete(orderStepRuns);
    await db().delete(orderInvoices);
    await db().delete(shipments);
    await db().delete(orders);
  });

  /** A Trendyol package on the fake, imported the way orders_in imports it. */
  async function importOrder(): Promise<number> {
    const [pkg] = generateOrders(1, Date.now() - 60_000, { status: "Created", lineCount: 1 });
    Object.assign(pkg!.shipmentAddress as object, { phone: "05321112233" });
    trendyol.addOrders([pkg!]);
    const adapter = await loadMarketplaceAdapter({ db: db(), integrationId: "trendyol" });
    const fresh = await adapter.getPackage!(String(pkg!.shipmentPackageId));
    await upsertMarketplaceOrders({ db: db(), integrationId: "trendyol", orders: [fresh!] });
    await queue.idle();
    const [row] = await db()
      .select()
      .from(orders)
      .where(eq(orders.packageId, String(pkg!.shipmentPackageId)));
    return row!.id;
  }

  async function pollTracking(hoursLater: number) {
    later = hoursLater * 3600_000;
    const run = await requestSync({
      db: db(),
      actor: admin,
      integrationId: "aras",
      kind: "tracking_in",
      trigger: "manual",
    });
    await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}), deps });
    await queue.idle();
  }

  const counts = () => ({
    setOrder: aras.calls.SetOrder ?? 0,
    kozaInvoices: luca.invoices.length,
    einvoices: luca.einvoices.size,
    invoiceLinks: trendyol.state.invoiceLinks.size,
    luca: { ...luca.calls },
  });

  it("rules carry an imported order to the books, and replaying everything creates nothing twice", async () => {
    await saveOrderToCashRules({
      db: db(),
      actor: admin,
      input: {
        shipment_on: "imported",
        invoice_on: "delivered",
        send_tracking_back: true,
        send_invoice_link_back: true,
      },
    });
    const orderId = await importOrder();
    const [shipment] = await db().select().from(shipments).where(eq(shipments.orderId, orderId));
    expect(shipment).toMatchObject({ carrier: "aras", trackingNumber: null });
    expect(aras.calls.SetOrder).toBe(1);

    aras.advance(shipment!.integrationCode!, "1"); // the branch cuts the waybill
    await pollTracking(1);
    const [pkg] = trendyol.state.packages;
    expect(pkg).toMatchObject({ status: "Shipped", cargoTrackingLink: expect.stringContaining("araskargo") });

    aras.advance(shipment!.integrationCode!, "6");
    await pollTracking(4);
    const timeline = await getOrderTimeline({ db: db(), orderId });
    expect(timeline.map((entry) => [entry.step, entry.status])).toEqual([
      ["imported", "done"],
      ["paid", "done"],
      ["shipment_created", "done"],
      ["tracking_sent", "done"],
      ["delivered", "done"],
      ["invoice_issued", "done"],
      ["invoice_link_sent", "done"],
      ["accounting_posted", "done"],
    ]);
    const [invoice] = await db().select().from(orderInvoices).where(eq(orderInvoices.orderId, orderId));
    expect(invoice).toMatchObject({ status: "issued", kind: "earsiv" });
    expect(timeline[6]!.reference).toBe(`https://kopru.example.com/api/invoices/${invoice!.ettn}/pdf`);
    expect(timeline[2]!.request).toMatchObject({
      operation: "SetOrder",
      body: { IntegrationCode: shipment!.integrationCode },
    });
    expect(JSON.stringify(timeline)).not.toContain(ARAS.password);

    const before = counts();
    expect(before).toMatchObject({ setOrder: 1, kozaInvoices: 1, einvoices: 1, invoiceLinks: 1 });
    for (const reason of ["imported", "paid", "shipment_status_changed", "delivered", "invoice_issued"] as const)
      await advanceOrderToCash({ db: db(), orderId, reason, step: inlineStep() });
    for (const step of ACTION_STEPS) {
      await advanceOrderToCash({ db: db(), orderId, reason: "retry", force: step, step: inlineStep() });
      expect(await runStepNow({ db: db(), actor: admin, orderId, step, trigger: "retry" })).toMatchObject({
        outcome: "existing",
      });
    }
    await pollTracking(8);
    expect(counts()).toEqual(before);
  });

  it("a failed step records the error and the request; fixed, it is retried from that step", async () => {
    await saveOrderToCashRules({
      db: db(),
      actor: admin,
      input: { shipment_on: "manual", invoice_on: "manual", send_tracking_back: false, send_invoice_link_back: true },
    });
    const orderId = await importOrder();
    expect(aras.calls.SetOrder ?? 0).toBe(0);
    const [order] = await db().select().from(orders).where(eq(orders.id, orderId));
    await db()
      .update(orders)
      .set({ shippingAddress: { ...order!.shippingAddress, taxNumber: "4540536921" } })
      .where(eq(orders.id, orderId));

    await expect(
      runStepNow({ db: db(), actor: admin, orderId, step: "invoice_issued", trigger: "manual" }),
    ).rejects.toMatchObject({ code: "invalid_input", details: { field: "buyer.tax_number" } });
    const failed = (await getOrderTimeline({ db: db(), orderId }))[5]!;
    expect(failed).toMatchObject({
      status: "failed",
      attempts: 1,
      error: { code: "errors.invoice_tax_id_invalid", params: { field: "buyer.tax_number" } },
    });
    expect(luca.invoices).toHaveLength(0);

    await db().update(orders).set({ shippingAddress: order!.shippingAddress }).where(eq(orders.id, orderId));
    await runStepNow({ db: db(), actor: admin, orderId, step: "invoice_issued", trigger: "retry" });
    await queue.idle();
    const timeline = await getOrderTimeline({ db: db(), orderId });
    expect(timeline[5]).toMatchObject({ status: "done", attempts: 2, trigger: "retry" });
    expect(timeline[6]).toMatchObject({ status: "done" }); // the link follows by the rule
    expect(timeline[2]).toMatchObject({ status: "pending" }); // shipments stay manual
    expect(luca.invoices).toHaveLength(1);
  });

  it("the invoice step retried 5 times at once issues one invoice and records one run", async () => {
    const orderId = await importOrder();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        runStepNow({ db: db(), actor: admin, orderId, step: "invoice_issued", trigger: "retry" }),
      ),
    );
    await queue.idle();
    // The losers answer "in progress" or "existing"; none fails and none sends a second document.
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(luca.invoices).toHaveLength(1);
    expect(luca.einvoices.size).toBe(1);
    const runs = await db().select().from(orderStepRuns).where(eq(orderStepRuns.orderId, orderId));
    expect(runs.filter((run) => run.step === "invoice_issued")).toMatchObject([{ status: "succeeded", attempts: 1 }]);
  });
});
