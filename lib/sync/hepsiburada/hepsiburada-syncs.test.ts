import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listings, orders, products, syncItems, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { startHepsiburadaFake, type HepsiburadaFake } from "@/lib/providers/hepsiburada/fake-server";
import { testConnection } from "@/lib/integrations/test-connection";
import { decideReportedStock } from "@/lib/catalog/reported-stock";
import { decideClaim, listClaimRejectReasons, listOrderClaims, type ClaimDecision } from "@/lib/orders/order-claims";
import { createTestActor } from "@/lib/testing/actors";
import { configureHepsiburada, FAKE_HEPSIBURADA } from "@/lib/testing/hepsiburada-fixture";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { executeSyncRun } from "../execute-sync-run";
import { requestSync } from "../request-sync";
import { inlineStep } from "../step";

let fake: HepsiburadaFake;
beforeAll(async () => {
  fake = await startHepsiburadaFake({ ...FAKE_HEPSIBURADA, uploadPollsUntilDone: 2 });
});
afterAll(() => fake.close());

describeWithDatabase("Hepsiburada syncs", (database) => {
  let admin: Actor;
  const db = () => database().db;

  async function runSync(kind: string) {
    const run = await requestSync({ db: db(), actor: admin, integrationId: "hepsiburada", kind, trigger: "manual" });
    await executeSyncRun({
      db: db(),
      runId: run.id,
      step: inlineStep(async () => {}),
      deps: { pollIntervalMs: 0, sleep: async () => {} },
    });
    const [done] = await db().select().from(syncRuns).where(eq(syncRuns.id, run.id));
    return done!;
  }
  const listingOf = async (sku: string) =>
    (
      await db()
        .select()
        .from(listings)
        .where(and(eq(listings.integrationId, "hepsiburada"), eq(listings.sku, sku)))
    )[0];

  beforeAll(async () => {
    // One fake serves every database engine's run of this suite: start each from an empty marketplace.
    fake.clearListings();
    fake.oms.lines.clear();
    fake.oms.packages.clear();
    fake.oms.claims.clear();
    admin = (await createTestActor(db(), "admin")).actor;
    await configureHepsiburada(db(), admin, fake.baseUrl);
    await insertProducts(db(), [productRow(1), productRow(2, { salePrice: 25_000 }), productRow(3)]);
    const listing = (n: number) => ({
      listingId: `L-${n}`,
      hepsiburadaSku: `HBCV00000000${n}`,
      merchantSku: `SKU-0000${n}`,
      price: 50,
      availableStock: 1,
      maximumPurchasableQuantity: 0,
      isSalable: true,
    });
    // SKU-00003 is not sold on Hepsiburada; SKU-00002 has a MaxLock at 200 TRY.
    fake.addListings([listing(1), { ...listing(2), maxPrice: 200 }]);
  });

  it("stock_price_out links listings on merchant SKU, uploads changes and records every item's verdict", async () => {
    const run = await runSync("stock_price_out");
    expect(run).toMatchObject({ status: "succeeded", total: 2, updated: 1, failed: 1 });
    expect(await listingOf("SKU-00001")).toMatchObject({
      remoteId: "HBCV000000001",
      remoteStatus: "active",
      lastPushedSalePrice: 12_990,
      lastPushedStock: 10,
      lastError: null,
    });
    expect(await listingOf("SKU-00002")).toMatchObject({
      remoteId: "HBCV000000002",
      lastPushedSalePrice: null,
      lastError: expect.stringContaining("OutOfPriceRange; MaxLock ≤ 200.00: Yüksek fiyat sebebiyle kilitlendi"),
    });
    expect(await listingOf("SKU-00003")).toBeUndefined();
    expect(fake.listings.get("SKU-00001")).toMatchObject({ price: 129.9, availableStock: 10 });
    const items = await db().select().from(syncItems).where(eq(syncItems.runId, run.id));
    expect(items.map((item) => [item.ref, item.result]).sort()).toEqual([
      ["SKU-00001", "succeeded"],
      ["SKU-00002", "failed"],
    ]);
  });

  it("stock_price_out sends only what changed since Hepsiburada accepted it", async () => {
    const before = fake.state.served[`POST /listings/merchantid/${FAKE_HEPSIBURADA.merchantId}/inventory-uploads`];
    fake.listings.get("SKU-00002")!.maxPrice = undefined;
    const run = await runSync("stock_price_out");
    expect(run).toMatchObject({ status: "succeeded", total: 1, updated: 1, failed: 0 });
    expect(fake.state.served[`POST /listings/merchantid/${FAKE_HEPSIBURADA.merchantId}/inventory-uploads`]).toBe(
      (before ?? 0) + 1,
    );
    expect(fake.listings.get("SKU-00002")).toMatchObject({ price: 250 });
  });

  it("a stock the channel reports differently is shown, Köprü's value is pushed again, the admin may take it", async () => {
    async function runStockPrice(onlySkus?: string[]) {
      const run = await requestSync({
        db: db(),
        actor: admin,
        integrationId: "hepsiburada",
        kind: "stock_price_out",
        trigger: "manual",
        options: { onlySkus },
      });
      await executeSyncRun({
        db: db(),
        runId: run.id,
        step: inlineStep(async () => {}),
        deps: { pollIntervalMs: 0, sleep: async () => {} },
      });
    }
    fake.listings.get("SKU-00001")!.availableStock = 7; // changed on Hepsiburada's side
    await runStockPrice(["SKU-00001"]); // a run that reads the listings
    expect(await listingOf("SKU-00001")).toMatchObject({ reportedStock: 7, lastPushedStock: 10 });
    expect(fake.listings.get("SKU-00001")).toMatchObject({ availableStock: 10 });

    const [product] = await db().select().from(products).where(eq(products.sku, "SKU-00001"));
    const decide = (choice: "use_channel" | "keep_kopru") =>
      decideReportedStock({
        db: db(),
        actor: admin,
        productId: product!.id,
        integrationId: "hepsiburada",
        decision: { choice },
      });
    const view = await decide("use_channel");
    expect(view).toMatchObject({ stock: 7 });
    expect(view.listings.find((l) => l.integration_id === "hepsiburada")).toMatchObject({ reported_stock: null });
    await expect(decide("keep_kopru")).rejects.toMatchObject({ code: "conflict" });
    await runStockPrice();
    expect(fake.listings.get("SKU-00001")).toMatchObject({ availableStock: 7 });
    expect(await listingOf("SKU-00001")).toMatchObject({ reportedStock: null, lastPushedStock: 7 });
  });

  it("orders_in imports open lines per order, then the package that replaces them, without duplicates", async () => {
    const first = fake.oms.addLine({ orderNumber: "4300000001", merchantSku: "SKU-00001", quantity: 2 });
    fake.oms.addLine({ orderNumber: "4300000002", merchantSku: "SKU-00002" });
    expect(await runSync("orders_in")).toMatchObject({ status: "succeeded", created: 2 });
    fake.oms.packLines([{ id: first.id, quantity: 2 }]);
    expect(await runSync("orders_in")).toMatchObject({ status: "succeeded", created: 1 });
    const rows = await db()
      .select({
        packageId: orders.packageId,
        number: orders.remoteOrderNumber,
        status: orders.status,
        total: orders.totalKurus,
      })
      .from(orders)
      .where(eq(orders.integrationId, "hepsiburada"));
    expect(rows.sort((a, b) => a.number.localeCompare(b.number))).toEqual([
      {
        packageId: fake.oms.lines.get(first.id)!.packageNumber,
        number: "4300000001",
        status: "picking",
        total: 25_980,
      },
      { packageId: "open-4300000002", number: "4300000002", status: "created", total: 12_990 },
    ]);
  });

  it("orders_in brings claims onto their order; one is accepted and one rejected with an explanation", async () => {
    const line = fake.oms.addLine({ orderNumber: "4300000003", merchantSku: "SKU-00003" });
    const claim = (claimNumber: string) => ({
      claimNumber,
      orderNumber: "4300000003",
      lineItemId: line.id,
      merchantSku: "SKU-00003",
      status: "AwaitingAction",
      type: "Return",
      quantity: 1,
      claimDate: Date.now() - 60_000,
      explanation: "Beden küçük geldi",
    });
    fake.oms.claims.set("C-10", claim("C-10"));
    fake.oms.claims.set("C-11", claim("C-11"));
    expect(await runSync("orders_in")).toMatchObject({ status: "succeeded" });
    const [order] = await db()
      .select()
      .from(orders)
      .where(and(eq(orders.integrationId, "hepsiburada"), eq(orders.remoteOrderNumber, "4300000003")));
    const shown = await listOrderClaims({ db: db(), orderId: order!.id });
    expect(shown.map((c) => [c.claimId, c.status, c.lines])).toEqual([
      [
        expect.stringMatching(/^C-1[01]$/),
        "waiting",
        [
          expect.objectContaining({
            claimLineId: expect.stringMatching(/^C-1[01]$/),
            lineId: line.id,
            sku: "SKU-00003",
            name: "Ürün SKU-00003",
            reason: "Beden küçük geldi",
            remoteStatus: "AwaitingAction",
            isActionable: true,
          }),
        ],
      ],
      expect.anything(),
    ]);
    expect(await listClaimRejectReasons({ db: db(), orderId: order!.id })).toEqual([]);

    const decide = (claimId: string, input: ClaimDecision) =>
      decideClaim({ db: db(), actor: admin, orderId: order!.id, claimId, input });
    await decide("C-10", { decision: "approve", claimLineIds: ["C-10"] });
    await expect(decide("C-11", { decision: "reject", claimLineIds: ["C-11"], description: "" })).rejects.toMatchObject(
      {
        details: { messageKey: "errors.claim_explanation_required" },
      },
    );
    const after = await decide("C-11", {
      decision: "reject",
      claimLineIds: ["C-11"],
      description: "Ürün kullanılmış",
    });
    expect(Object.fromEntries(after.map((c) => [c.claimId, [c.status, c.lines[0]?.isActionable]]))).toEqual({
      "C-10": ["accepted", false],
      "C-11": ["rejected", false],
    });
    expect([fake.oms.claims.get("C-10")?.status, fake.oms.claims.get("C-11")?.status]).toEqual([
      "Accepted",
      "Rejected",
    ]);
  });

  it("test connection names a wrong service key and a wrong developer username distinctly", async () => {
    expect(await testConnection({ db: db(), actor: admin, id: "hepsiburada" })).toMatchObject({ ok: true });
    await configureHepsiburada(db(), admin, fake.baseUrl, { service_key: "WrongKey1234" });
    expect(await testConnection({ db: db(), actor: admin, id: "hepsiburada" })).toMatchObject({
      ok: false,
      messageKey: "errors.hepsiburada_key_rejected",
      params: { status: 401 },
      providerMessage: "Unauthorized",
    });
    await configureHepsiburada(db(), admin, fake.baseUrl, { developer_username: "someone_else" });
    expect(await testConnection({ db: db(), actor: admin, id: "hepsiburada" })).toMatchObject({
      ok: false,
      messageKey: "errors.hepsiburada_user_agent_rejected",
      params: { status: 403 },
    });
    await configureHepsiburada(db(), admin, fake.baseUrl);
  });
});
