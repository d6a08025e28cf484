import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listings, orders, products, syncItems, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { LIST_PRICE_BELOW_SALE_MESSAGE } from "@/lib/providers/trendyol/fake-data";
import { generateOrders, startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import { createTestActor } from "@/lib/testing/actors";
import { FAKE_TRENDYOL, configureTrendyol, insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { decideClaim, listOrderClaims } from "@/lib/orders/order-claims";
import { runPackageAction } from "@/lib/orders/run-package-action";
import { executeSyncRun } from "../execute-sync-run";
import { sendPackageStatus } from "./fulfilment-out";
import { requestSync } from "../request-sync";
import { inlineStep } from "../step";

const deps = { pollIntervalMs: 0, sleep: async () => {}, orderStreamPaceMs: 0 };

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({
    ...FAKE_TRENDYOL,
    batchPollsUntilComplete: 2,
    tier: "unlimited",
    endpointLimit: { max: 10_000, windowMs: 10_000 },
  });
});
afterAll(() => fake.close());

describeWithDatabase("Trendyol syncs", (database) => {
  let admin: Actor;
  const db = () => database().db;

  async function runSync(kind: string, options: { onlySkus?: string[]; trigger?: "manual" | "retry" } = {}) {
    const run = await requestSync({
      db: db(),
      actor: admin,
      integrationId: "trendyol",
      kind,
      trigger: options.trigger ?? "manual",
      options: { onlySkus: options.onlySkus },
    });
    await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}), deps });
    const [done] = await db().select().from(syncRuns).where(eq(syncRuns.id, run.id));
    return done!;
  }

  beforeAll(async () => {
    fake.reset();
    admin = (await createTestActor(db(), "admin")).actor;
    await configureTrendyol(db(), admin, fake.baseUrl, { delivery_duration: "1" });
    await insertProducts(db(), [productRow(1), productRow(2), productRow(3, { listPrice: 9_000, salePrice: 12_990 })]);
  });

  it("products_out creates listings, polls the batch and records Trendyol's verdict per item", async () => {
    const run = await runSync("products_out");
    expect(run).toMatchObject({ status: "succeeded", seen: 3, created: 2, failed: 1, total: 3 });
    // The integration's delivery duration travels on the V2 create item.
    expect(fake.state.products.get(productRow(1).barcode!)?.deliveryDuration).toBe(1);
    const failed = await db()
      .select()
      .from(syncItems)
      .where(and(eq(syncItems.runId, run.id), eq(syncItems.result, "failed")));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      ref: "SKU-00003",
      // Our sentence is keyed; Trendyol's own words are kept apart, verbatim.
      messageKey: "syncUi.itemErrors.rejected",
      messageParams: { provider: "Trendyol" },
      providerMessage: expect.stringContaining(LIST_PRICE_BELOW_SALE_MESSAGE),
    });
    const states = await db()
      .select({ sku: listings.sku, status: listings.remoteStatus, error: listings.lastError })
      .from(listings)
      .orderBy(listings.sku);
    expect(states.map((s) => s.status)).toEqual(["active", "active", "failed"]);
    expect(states[2]?.error).toContain(LIST_PRICE_BELOW_SALE_MESSAGE);
  });

  it("refuses a second run of the same kind while one is queued", async () => {
    await requestSync({ db: db(), actor: admin, integrationId: "trendyol", kind: "orders_in", trigger: "manual" });
    await expect(
      requestSync({ db: db(), actor: admin, integrationId: "trendyol", kind: "orders_in", trigger: "manual" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await db().delete(syncRuns).where(eq(syncRuns.status, "queued"));
  });

  it("retrying the failed item after fixing the product makes it succeed", async () => {
    await db().update(products).set({ listPrice: 14_000, updatedAt: new Date() }).where(eq(products.sku, "SKU-00003"));
    const retry = await runSync("products_out", { onlySkus: ["SKU-00003"], trigger: "retry" });
    expect(retry).toMatchObject({ status: "succeeded", seen: 1, failed: 0, trigger: "retry" });
    const [listing] = await db().select().from(listings).where(eq(listings.sku, "SKU-00003"));
    expect(listing).toMatchObject({ remoteStatus: "active", lastError: null });
  });

  it("stock_price_out sends only what changed since Trendyol last accepted it", async () => {
    const first = await runSync("stock_price_out");
    expect(first.seen).toBe(3); // nothing pushed yet: every active listing
    expect(await runSync("stock_price_out")).toMatchObject({ status: "succeeded", seen: 0 });
    await db().update(products).set({ stock: 42, updatedAt: new Date() }).where(eq(products.sku, "SKU-00002"));
    const before = fake.state.requests["POST /integration/inventory/sellers/987654/products/price-and-inventory"] ?? 0;
    const changed = await runSync("stock_price_out");
    expect(changed).toMatchObject({ seen: 1, updated: 1 });
    expect(fake.state.requests["POST /integration/inventory/sellers/987654/products/price-and-inventory"]).toBe(
      before + 1,
    );
    expect(fake.state.products.get(productRow(2).barcode!)?.quantity).toBe(42);
  });

  it("stock_price_out splits 2,500 changes into batches of at most 1,000", async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => productRow(1_000 + i));
    await insertProducts(db(), rows);
    expect(await runSync("products_out")).toMatchObject({ created: 2_500, failed: 0 });
    const path = "POST /integration/inventory/sellers/987654/products/price-and-inventory";
    const before = fake.state.requests[path] ?? 0;
    expect(await runSync("stock_price_out")).toMatchObject({ seen: 2_500, updated: 2_500, failed: 0 });
    expect(fake.state.requests[path]).toBe(before + 3);
  });

  it("orders_in imports every package once across stream pages, day windows, re-runs, changes and new arrivals", async () => {
    const start = Date.now() - 5 * 86_400_000;
    const first = generateOrders(450, start, { stepMs: 10 * 60_000, seed: 7 });
    fake.addOrders(first);
    expect(await runSync("orders_in")).toMatchObject({ status: "succeeded", created: 450, failed: 0 });
    const again = await runSync("orders_in");
    expect(again).toMatchObject({ created: 0, updated: 0 });
    // Arrivals and changes after the last run: modified now, so after the cursor.
    fake.addOrders(generateOrders(120, Date.now() + 1, { stepMs: 1, seed: 8 }));
    fake.setPackageStatus(first[449]!.shipmentPackageId, "Shipped");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await runSync("orders_in")).toMatchObject({ created: 120, updated: 1 });
    const [total] = await db().select({ value: count() }).from(orders);
    expect(total?.value).toBe(570);
    const packages = await db().select({ packageId: orders.packageId }).from(orders);
    expect(new Set(packages.map((p) => p.packageId)).size).toBe(570);
    const [shipped] = await db()
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.packageId, String(first[449]!.shipmentPackageId)));
    expect(shipped?.status).toBe("shipped");
  });

  it("orders_in imports claims onto their orders; approve and reject from the order reach Trendyol and re-read the claim", async () => {
    const [pkg] = generateOrders(1, Date.now() + 1, { status: "Delivered", seed: 21 });
    const line = pkg!.lines[0]!;
    pkg!.lines = [line, { ...line, lineId: line.lineId + 100_000 }];
    fake.addOrders([pkg!]);
    const created = fake.createClaim(pkg!.shipmentPackageId);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the package was modified "now": let now pass it
    const run = await runSync("orders_in");
    expect(run.status).toBe("succeeded");
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.packageId, String(pkg!.shipmentPackageId)));
    const claims = await listOrderClaims({ db: db(), orderId: order!.id });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ claimId: created.claimId, remoteOrderNumber: pkg!.orderNumber });
    const [first, second] = claims[0]!.lines;
    expect([first?.isActionable, second?.isActionable]).toEqual([true, true]);

    const approved = await decideClaim({
      db: db(),
      actor: admin,
      orderId: order!.id,
      claimId: created.claimId,
      input: { decision: "approve", claimLineIds: [first!.claimLineId] },
    });
    expect(approved[0]!.lines.map((line) => line.remoteStatus)).toEqual(["Accepted", "WaitingInAction"]);
    const rejected = await decideClaim({
      db: db(),
      actor: admin,
      orderId: order!.id,
      claimId: created.claimId,
      input: { decision: "reject", claimLineIds: [second!.claimLineId], reasonId: "2077", description: "Kutu boş" },
    });
    expect(rejected[0]!.lines.map((line) => line.remoteStatus)).toEqual(["Accepted", "Unresolved"]);
    await expect(
      decideClaim({
        db: db(),
        actor: admin,
        orderId: order!.id,
        claimId: created.claimId,
        input: { decision: "approve", claimLineIds: [first!.claimLineId] },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("package steps from the order reach Trendyol in order and the order shows the re-read package", async () => {
    const [pkg] = generateOrders(1, Date.now() + 1, { status: "Created", seed: 22 });
    fake.addOrders([pkg!]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await runSync("orders_in");
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.packageId, String(pkg!.shipmentPackageId)));
    const refusal = await runPackageAction({
      db: db(),
      actor: admin,
      orderId: order!.id,
      input: { action: "invoiced", invoiceNumber: "KPR2026000000009" },
    }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      code: "invalid_input",
      details: {
        messageKey: "errors.marketplace_refused_operation",
        providerMessage: expect.stringContaining("Picking"),
      },
    });
    expect(
      (await runPackageAction({ db: db(), actor: admin, orderId: order!.id, input: { action: "picking" } })).status,
    ).toBe("picking");
    const invoiced = await runPackageAction({
      db: db(),
      actor: admin,
      orderId: order!.id,
      input: { action: "invoiced", invoiceNumber: "KPR2026000000009" },
    });
    expect(invoiced.status).toBe("invoiced");
    expect(fake.state.packages.find((p) => p.shipmentPackageId === pkg!.shipmentPackageId)?.invoiceNumber).toBe(
      "KPR2026000000009",
    );
  });

  it("sends a package status through the adapter, and refuses one the marketplace does not take", async () => {
    const [pkg] = generateOrders(1, Date.now() - 60_000, { seed: 11, status: "Created" });
    fake.addOrders([pkg!]);
    const packageId = String(pkg!.shipmentPackageId);
    const lines = pkg!.lines.map((line) => ({ lineId: String(line.lineId), quantity: line.quantity }));
    await sendPackageStatus({ db: db(), integrationId: "trendyol", update: { packageId, lines, status: "picking" } });
    expect(fake.state.packages.find((p) => String(p.shipmentPackageId) === packageId)).toMatchObject({
      status: "Picking",
    });
    await expect(
      sendPackageStatus({ db: db(), integrationId: "trendyol", update: { packageId, lines, status: "delivered" } }),
    ).rejects.toMatchObject({ code: "invalid_input", details: { messageKey: "errors.package_status_unsupported" } });
  });
});
