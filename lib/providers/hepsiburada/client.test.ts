import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import { createHepsiburadaAdapter, type HepsiburadaAdapterConfig } from "./adapter";
import { describeErrorBody, type HepsiburadaError } from "./client";
import { generateListings, MERCHANT_DELIVERED_CARGO, startHepsiburadaFake, type HepsiburadaFake } from "./fake-server";

const MERCHANT = "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42";
const credentials = { merchantId: MERCHANT, serviceKey: "Ab12Cd34Ef56", developerUsername: "kopru_dev" };
const HOUR = 60 * 60 * 1000;

// A virtual clock shared by the fake and the adapter's injected sleep: back-off is asserted without waiting.
let clock = Date.parse("2026-11-20T09:00:00Z");
let sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock += Math.max(ms, 1);
};

let fake: HepsiburadaFake;
let slowFake: HepsiburadaFake;
beforeAll(async () => {
  fake = await startHepsiburadaFake({ ...credentials, omsPerSecond: 3, now: () => clock });
  slowFake = await startHepsiburadaFake({
    ...credentials,
    uploadProcessingMs: { fixed: 1000, perItem: 1 },
    dailyItemLimit: 40_000,
    now: () => clock,
  });
});
afterAll(async () => {
  await fake.close();
  await slowFake.close();
});
beforeEach(() => {
  fake.resetCounters();
  sleeps = [];
  clock += 10_000; // a fresh rate-limit second for every test
});

const adapter = (overrides: Partial<HepsiburadaAdapterConfig> = {}, target = fake) =>
  createHepsiburadaAdapter({
    ...credentials,
    hosts: { oms: target.baseUrl, listing: target.baseUrl, catalog: target.baseUrl },
    sleep,
    uploadPollMs: 500,
    now: () => new Date(clock),
    ...overrides,
  });

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as HepsiburadaError,
  );

describe("auth", () => {
  it("connects with merchant id, service key and the developer username as User-Agent", async () => {
    await expect(adapter().testConnection()).resolves.toBeUndefined();
  });

  it("names a wrong service key and a wrong User-Agent distinctly", async () => {
    const wrongKey = await failure(adapter({ serviceKey: "wrong" }).testConnection());
    expect(wrongKey).toBeInstanceOf(ProviderError);
    expect(wrongKey).toMatchObject({
      kind: "auth",
      status: 401,
      details: { messageKey: "errors.hepsiburada_key_rejected" },
    });
    const wrongAgent = await failure(adapter({ developerUsername: `${MERCHANT} - SelfIntegration` }).testConnection());
    expect(wrongAgent).toMatchObject({
      kind: "forbidden",
      status: 403,
      details: { messageKey: "errors.hepsiburada_user_agent_rejected" },
    });
    expect(wrongKey?.message).not.toEqual(wrongAgent?.message);
    expect(`${wrongKey?.message} ${wrongAgent?.message}`).not.toContain(credentials.serviceKey);
  });

  it("reads error bodies that are JSON objects, JSON strings or plain text", () => {
    expect(describeErrorBody('{"message":"Bad Request limit and offset parameters are required"}').message).toMatch(
      /limit and offset/,
    );
    expect(describeErrorBody('"Password ve şifre hatalı girilmiştir"').message).toBe(
      "Password ve şifre hatalı girilmiştir",
    );
    expect(describeErrorBody("Unauthorized")).toEqual({ message: "Unauthorized" });
    expect(
      describeErrorBody('{"statusCode":404,"code":"1004","correlationId":"c-1","message":"cannot find package"}'),
    ).toEqual({ message: "cannot find package", correlationId: "c-1", code: "1004" });
  });
});

describe("listings and uploads", () => {
  it("reads every listing, both SKUs, in pages of at most 1,000", async () => {
    fake.clearListings();
    fake.addListings(generateListings(2500));
    const listings = await collect(adapter().listListings());
    expect(listings).toHaveLength(2500);
    expect(listings[0]).toMatchObject({
      merchantSku: "KOPRU-SKU-00001",
      hepsiburadaSku: "HBCV0000000001",
      priceKurus: 10100,
    });
    expect(fake.state.served[`GET /listings/merchantid/${MERCHANT}`]).toBe(3);
  });

  it("judges every item of an upload, price-lock validations included", async () => {
    fake.clearListings();
    fake.addListings(generateListings(3));
    fake.listings.get("KOPRU-SKU-00002")!.maxPrice = 120;
    const hb = adapter();
    const [upload] = await hb.pushPriceStockUploads([
      { sku: "KOPRU-SKU-00001", barcode: "HBCV0000000001", stock: 7, listPriceKurus: 15000, salePriceKurus: 14990 },
      { sku: "KOPRU-SKU-00002", barcode: "HBCV0000000002", stock: 7, listPriceKurus: 20000, salePriceKurus: 19990 },
      { sku: "KOPRU-SKU-00003", barcode: "HBCV0000000099", stock: 7, listPriceKurus: 10000, salePriceKurus: 9990 },
      { sku: "NOT-ON-HB", barcode: "NOT-ON-HB", stock: 1, listPriceKurus: 0, salePriceKurus: 0 },
    ]);
    expect(await hb.getUploadResult(upload!.batchId, upload!.sent)).toMatchObject({ status: "in_progress" });
    const result = await hb.getUploadResult(upload!.batchId, upload!.sent);
    expect(result.status).toBe("completed");
    expect(result.items).toEqual([
      { sku: "KOPRU-SKU-00001", barcode: "HBCV0000000001", ok: true, errors: [] },
      {
        sku: "KOPRU-SKU-00002",
        barcode: "HBCV0000000002",
        ok: false,
        errors: [
          "OutOfPriceRange",
          "MaxLock ≤ 120.00: Yüksek fiyat sebebiyle kilitlendi. Fiyatı düşürerek tekrar deneyin.",
        ],
      },
      { sku: "KOPRU-SKU-00003", barcode: "HBCV0000000099", ok: false, errors: ["MismatchingSkusSpecified"] },
      { sku: "NOT-ON-HB", barcode: null, ok: false, errors: ["ProductNotFound", "InvalidPrice"] },
    ]);
    expect(fake.listings.get("KOPRU-SKU-00001")).toMatchObject({ price: 149.9, availableStock: 7 });
    expect(fake.listings.get("KOPRU-SKU-00002")).toMatchObject({ price: 102 });
    // Without the sent items only the failures are known.
    expect((await hb.getUploadResult(upload!.batchId)).items.map((item) => item.sku)).toEqual([
      "KOPRU-SKU-00002",
      "KOPRU-SKU-00003",
      "NOT-ON-HB",
    ]);
  });

  it("sends at most 4,000 items per upload, spread evenly over rounds of 5 uploads in flight", async () => {
    slowFake.clearListings();
    slowFake.addListings(generateListings(22_000));
    slowFake.resetCounters();
    const updates = [...slowFake.listings.values()].map((listing) => ({
      sku: listing.merchantSku,
      barcode: listing.hepsiburadaSku,
      stock: 3,
      listPriceKurus: 9900,
      salePriceKurus: 9900,
    }));
    const uploads = await adapter({}, slowFake).pushPriceStockUploads(updates);
    // 22,000 items need two rounds of five: ten uploads of 2,200, not five of 4,000 and a sixth of 2,000.
    expect(uploads.map((upload) => upload.sent.length)).toEqual(Array(10).fill(2200));
    expect(new Set(uploads.flatMap((upload) => upload.sent.map((item) => item.merchantSku))).size).toBe(22_000);
    expect(slowFake.state.peakUploadsInFlight).toBe(5);
    expect(sleeps.length).toBeGreaterThan(0); // the sixth waited for a slot instead of being refused
    expect(slowFake.state.requests[`POST /listings/merchantid/${MERCHANT}/inventory-uploads`]).toBe(10);
  });

  it("reports Hepsiburada's daily limit as its own error", async () => {
    slowFake.clearListings();
    slowFake.addListings(generateListings(1));
    clock += 60_000;
    const update = {
      sku: "KOPRU-SKU-00001",
      barcode: "HBCV0000000001",
      stock: 1,
      listPriceKurus: 100,
      salePriceKurus: 100,
    };
    const error = await failure(adapter({}, slowFake).pushPriceStock(Array.from({ length: 20_000 }, () => update)));
    expect(error).toMatchObject({ status: 406, details: { messageKey: "errors.hepsiburada_daily_limit" } });
  });
});

describe("orders and packages", () => {
  const start = () => clock - 3 * 24 * HOUR;

  it("walks open lines in pages of ≤100 and 24-hour windows, and backs off on 429 as X-RateLimit-Reset says", async () => {
    fake.oms.lines.clear();
    for (let n = 0; n < 250; n++)
      fake.oms.addLine({
        orderNumber: String(4_100_000_000 + n),
        merchantSku: `S-${n}`,
        orderDate: start() + n * 60_000,
      });
    const since = new Date(start() - HOUR);
    const lines = await collect(adapter().listOpenLines({ since, until: new Date(clock) }));
    expect(lines).toHaveLength(250);
    expect(new Set(lines.map((line) => line.id)).size).toBe(250);
    // 3 pages in the first window, 1 (empty) in each of the other three windows; 3 requests per second are allowed.
    expect(fake.state.rateLimited).toBeGreaterThan(0);
    expect(sleeps.every((ms) => ms > 0 && ms <= 1000)).toBe(true);
  });

  it("imports across runs without gaps or duplicates (contiguous, end-exclusive windows)", async () => {
    fake.oms.lines.clear();
    const t0 = Math.floor(start() / 60_000) * 60_000;
    // Lines exactly on window edges and in between.
    for (const offset of [0, 1, 59_999, 60_000, 36 * HOUR, 48 * HOUR - 60_000, 48 * HOUR])
      fake.oms.addLine({ orderNumber: `O-${offset}`, merchantSku: "S", orderDate: t0 + offset });
    const hb = adapter();
    const runs = [
      [t0, t0 + 60_000],
      [t0 + 60_000, t0 + 36 * HOUR],
      [t0 + 36 * HOUR, t0 + 48 * HOUR],
      [t0 + 48 * HOUR, t0 + 49 * HOUR],
    ];
    const seen: string[] = [];
    for (const [since, until] of runs)
      for await (const order of hb.listOrders({ since: new Date(since!), until: new Date(until!) }))
        seen.push(order.remoteOrderNumber);
    expect(seen.sort()).toEqual(
      ["O-0", "O-1", "O-59999", "O-60000", `O-${36 * HOUR}`, `O-${48 * HOUR - 60_000}`, `O-${48 * HOUR}`].sort(),
    );
  });

  it("packs open lines, reads ready packages 10 at a time with the pagecount header, and imports them as orders", async () => {
    fake.oms.lines.clear();
    fake.oms.packages.clear();
    const hb = adapter();
    const created: string[] = [];
    for (let n = 0; n < 23; n++) {
      const line = fake.oms.addLine({
        orderNumber: `P-${n}`,
        merchantSku: `S-${n}`,
        quantity: 2,
        orderDate: clock - HOUR,
      });
      created.push((await hb.createPackage([{ lineId: line.id, quantity: 2 }])).packageNumber);
    }
    fake.resetCounters();
    const orders = await collect(hb.listOrders({ since: new Date(clock - 2 * HOUR), until: new Date(clock + 60_000) }));
    expect(orders.map((order) => order.packageId).sort()).toEqual(created.sort());
    expect(orders[0]).toMatchObject({
      status: "picking",
      lines: [{ quantity: 2, unitPriceKurus: 12990, amountKurus: 25980 }],
    });
    expect(fake.state.served[`GET /packages/merchantid/${MERCHANT}`]).toBe(3);
  });

  it("refuses to pack an unknown line or more than was ordered", async () => {
    const line = fake.oms.addLine({ orderNumber: "Q-1", merchantSku: "S" });
    expect(await failure(adapter().createPackage([{ lineId: "nope", quantity: 1 }]))).toMatchObject({
      kind: "invalid_request",
      status: 400,
    });
    expect(await failure(adapter().createPackage([{ lineId: line.id, quantity: 5 }]))).toMatchObject({ status: 400 });
  });

  it("moves a merchant-delivered package to in transit and delivered, and links its invoice", async () => {
    const hb = adapter();
    const line = fake.oms.addLine({ orderNumber: "M-1", merchantSku: "S", cargoCompany: MERCHANT_DELIVERED_CARGO });
    const { packageNumber } = await hb.createPackage([{ lineId: line.id, quantity: 1 }]);
    const stale = await failure(
      hb.markInTransit({ packageNumber, shippedAt: new Date(clock - 8 * 24 * HOUR), trackingNumber: "T1" }),
    );
    expect(stale).toMatchObject({ status: 400, details: { providerMessage: "shippedDate is older than 7 days" } });
    await hb.markInTransit({ packageNumber, shippedAt: new Date(clock), trackingNumber: "T1" });
    expect(await hb.getPackageStatus(packageNumber)).toEqual({ status: "InTransit", trackingNumber: "T1" });
    await hb.markDelivered({ packageNumber, receivedAt: new Date(clock), receivedBy: "Ayşe" });
    await hb.setInvoiceLink({ packageNumber, invoiceLink: "https://fatura.example/1.pdf" });
    expect(fake.oms.packages.get(packageNumber)).toMatchObject({
      status: "Delivered",
      invoiceLink: "https://fatura.example/1.pdf",
    });
    expect(await hb.getPackageStatus("000")).toBeNull();
  });

  it("only merchant-delivered packages may be set in transit", async () => {
    const hb = adapter();
    const line = fake.oms.addLine({ orderNumber: "M-2", merchantSku: "S" });
    const { packageNumber } = await hb.createPackage([{ lineId: line.id, quantity: 1 }]);
    expect(
      await failure(hb.markInTransit({ packageNumber, shippedAt: new Date(clock), trackingNumber: "T" })),
    ).toMatchObject({
      status: 400,
    });
  });

  it("cancels a line with a reason", async () => {
    const line = fake.oms.addLine({ orderNumber: "C-1", merchantSku: "S" });
    await adapter().cancelLine({ lineId: line.id, reasonId: 2 });
    expect(fake.oms.lines.get(line.id)?.status).toBe("Cancelled");
  });
});

describe("claims", () => {
  it("lists claims and accepts or rejects them", async () => {
    const base = { orderNumber: "4100000001", lineItemId: "l-1", merchantSku: "S", type: "Return", quantity: 1 };
    const at = clock - 60_000;
    fake.oms.claims.set("C-1", {
      ...base,
      claimNumber: "C-1",
      status: "AwaitingAction",
      claimDate: at,
      explanation: "Beden",
    });
    fake.oms.claims.set("C-2", {
      ...base,
      claimNumber: "C-2",
      status: "AwaitingAction",
      claimDate: at,
      explanation: "Kırık",
    });
    const hb = adapter();
    const claims = await collect(hb.listClaims({ since: new Date(at - 1000), until: new Date(clock) }));
    expect(
      claims.map((claim) => [claim.claimId, claim.status, claim.lines[0]?.reason, claim.lines[0]?.lineId]),
    ).toEqual([
      ["C-1", "waiting", "Beden", "l-1"],
      ["C-2", "waiting", "Kırık", "l-1"],
    ]);
    await hb.approveClaim({ claimId: "C-1", claimLineIds: ["C-1"] });
    await hb.rejectClaim({ claimId: "C-2", claimLineIds: ["C-2"], reasonId: "3", description: "Ürün kullanılmış" });
    expect((await collect(hb.listClaimViews({ status: "Accepted" }))).map((claim) => claim.claimNumber)).toEqual([
      "C-1",
    ]);
    expect(fake.oms.claims.get("C-2")?.status).toBe("Rejected");
  });
});

describe("MarketplaceAdapter statuses", () => {
  it("packs, ships, delivers and links the invoice through the shared shape", async () => {
    const hb = adapter();
    const line = fake.oms.addLine({ orderNumber: "S-1", merchantSku: "S", cargoCompany: MERCHANT_DELIVERED_CARGO });
    await hb.updatePackageStatus({
      packageId: "open-S-1",
      lines: [{ lineId: line.id, quantity: 1 }],
      status: "picking",
    });
    const packageNumber = fake.oms.lines.get(line.id)!.packageNumber!;
    await hb.updatePackageStatus({ packageId: packageNumber, lines: [], status: "shipped", trackingNumber: "T9" });
    await hb.updatePackageStatus({ packageId: packageNumber, lines: [], status: "delivered" });
    await hb.sendInvoiceLink({ packageId: packageNumber, invoiceUrl: "https://fatura.example/9.pdf" });
    expect(fake.oms.packages.get(packageNumber)).toMatchObject({ status: "Delivered", trackingNumber: "T9" });
    const other = fake.oms.addLine({ orderNumber: "S-2", merchantSku: "S" });
    await hb.updatePackageStatus({
      packageId: "open-S-2",
      lines: [{ lineId: other.id, quantity: 1 }],
      status: "cancel_line",
      reasonId: "2",
    });
    expect(fake.oms.lines.get(other.id)?.status).toBe("Cancelled");
  });

  it("pushPriceStock answers every item's final verdict", async () => {
    fake.clearListings();
    fake.addListings(generateListings(2));
    const receipt = await adapter().pushPriceStock([
      { sku: "KOPRU-SKU-00001", barcode: "HBCV0000000001", stock: 4, listPriceKurus: 100, salePriceKurus: 100 },
      { sku: "KOPRU-SKU-00009", barcode: "HBCV0000000009", stock: 4, listPriceKurus: 100, salePriceKurus: 100 },
    ]);
    expect(receipt).toEqual({
      mode: "items",
      items: [
        { sku: "KOPRU-SKU-00001", barcode: "HBCV0000000001", ok: true, errors: [] },
        { sku: "KOPRU-SKU-00009", barcode: "HBCV0000000009", ok: false, errors: ["ProductNotFound"] },
      ],
    });
  });
});
