import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MarketplaceOrder, MarketplaceProduct, PriceStockUpdate, PushReceipt } from "@/lib/providers/marketplace";
import { createTrendyolClient } from "./client";
import {
  DUPLICATE_REQUEST_MESSAGE,
  INVALID_BARCODE_MESSAGE,
  INVALID_VAT_MESSAGE,
  LIST_PRICE_BELOW_SALE_MESSAGE,
  PRICE_CHANGE_LIMIT_MESSAGE,
  PRODUCT_NOT_FOUND_MESSAGE,
  QUANTITY_TOO_HIGH_MESSAGE,
  TITLE_TOO_LONG_MESSAGE,
  V1_BROWNOUT_MESSAGE,
  requiredAttributeMessage,
} from "./fake-data";
import { generateOrders, generateProducts, startTrendyolFake } from "./fake-server";
import type { TrendyolFake } from "./fake-server";
import { createTrendyolAdapter } from "./index";

const credentials = { sellerId: "987654", apiKey: "key-abc", apiSecret: "secret-xyz" };
const DAY = 24 * 60 * 60 * 1000;
let clock = Date.parse("2026-11-20T09:00:00Z");
const sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock += ms;
};

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({
    ...credentials,
    tier: "unlimited",
    now: () => clock,
    failBarcodes: (barcode) => (barcode === "8690000000002" ? "Kategori özellikleri eksik" : null),
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  sleeps.length = 0;
  clock += 20 * 60 * 1000;
});

const adapter = (overrides: { apiSecret?: string } = {}) =>
  createTrendyolAdapter({
    ...credentials,
    ...overrides,
    baseUrl: fake.baseUrl,
    sleep,
    now: () => clock,
    listingTier: "unlimited",
  });

const KUPA: MarketplaceProduct = {
  sku: "KUPA-1",
  barcode: "8691234500011",
  title: "Seramik Kupa",
  description: "350 ml",
  brand: "Köprü",
  category: "Mutfak",
  vatRate: 20,
  listPriceKurus: 12990,
  salePriceKurus: 8999,
  currency: "TRY",
  stock: 7,
  images: ["https://cdn.example.test/kupa.jpg"],
  remoteBrandId: "1791",
  remoteCategoryId: "5005",
  remoteAttributes: [
    { attributeId: "47", valueIds: ["1001"] },
    { attributeId: "1192", text: "350 ml" },
  ],
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The batch ids of a push receipt (Trendyol always answers batches). */
async function batches(receipt: Promise<PushReceipt>): Promise<string[]> {
  const settled = await receipt;
  if (settled.mode !== "batches") throw new Error("Trendyol answers batch ids");
  return settled.batchIds;
}

/** Polls a batch the way the sync does, until Trendyol has judged it. */
async function settle(ref: string) {
  for (let poll = 0; poll < 5; poll++) {
    const result = await adapter().getBatchResult(ref);
    if (result.status === "completed") return result;
  }
  throw new Error(`batch ${ref} never completed`);
}

const update = (barcode: string, listPriceKurus = 12000, salePriceKurus = 9990, stock = 4): PriceStockUpdate => ({
  sku: `SKU-${barcode}`,
  barcode,
  stock,
  listPriceKurus,
  salePriceKurus,
});

describe("connection", () => {
  it("tests the connection, and explains bad credentials in Trendyol's words", async () => {
    await expect(adapter().testConnection()).resolves.toBeUndefined();
    await expect(adapter({ apiSecret: "nope" }).testConnection()).rejects.toThrow(
      /API key\/secret \(401\); Trendyol: “Yetkisiz erişim/,
    );
  });

  it("finds Product V1 and the pre-v2 order list gone, as Trendyol answers now", async () => {
    const client = createTrendyolClient({ ...credentials, baseUrl: fake.baseUrl, sleep, maxRetries: 0 });
    await expect(
      client.send({ method: "POST", path: `/integration/product/sellers/987654/products`, body: { items: [] } }),
    ).rejects.toThrow(V1_BROWNOUT_MESSAGE);
    await expect(client.send({ path: `/integration/order/sellers/987654/orders` })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("products through V2", () => {
  it("creates products with category attributes; the batch is in progress, then judged per item", async () => {
    const missingAttribute = { ...KUPA, sku: "KUPA-2", barcode: "8691234500028", remoteAttributes: [] };
    const badBarcode = { ...KUPA, sku: "KUPA-3", barcode: "869 123/4" };
    const badVat = { ...KUPA, sku: "KUPA-4", barcode: "8691234500042", vatRate: 18 };
    const tooMany = { ...KUPA, sku: "KUPA-5", barcode: "8691234500059", stock: 20_001, title: "Ş".repeat(120) };
    const [ref] = await batches(adapter().pushProducts([KUPA, missingAttribute, badBarcode, badVat, tooMany]));
    expect(fake.state.requests["POST /integration/product/sellers/987654/v2/products"]).toBe(1);
    expect(await adapter().getBatchResult(ref!)).toMatchObject({ status: "in_progress", items: [] });
    const result = await settle(ref!);
    expect(result.items).toEqual([
      { sku: "KUPA-1", barcode: KUPA.barcode, ok: true, errors: [] },
      {
        sku: "KUPA-2",
        barcode: missingAttribute.barcode,
        ok: false,
        errors: [requiredAttributeMessage("Renk"), requiredAttributeMessage("Hacim")],
      },
      { sku: "KUPA-3", barcode: badBarcode.barcode, ok: false, errors: [INVALID_BARCODE_MESSAGE] },
      { sku: "KUPA-4", barcode: badVat.barcode, ok: false, errors: [INVALID_VAT_MESSAGE] },
      {
        sku: "KUPA-5",
        barcode: tooMany.barcode,
        ok: false,
        errors: [TITLE_TOO_LONG_MESSAGE, QUANTITY_TOO_HIGH_MESSAGE],
      },
    ]);
    expect(fake.state.products.get(KUPA.barcode)?.attributes).toEqual([
      { attributeId: 47, attributeValueIds: [1001] },
      { attributeId: 1192, attributeValue: "350 ml" },
    ]);
    const listed = await collect(adapter().listProducts());
    expect(listed).toEqual([
      expect.objectContaining({
        sku: "KUPA-1",
        listPriceKurus: 12990,
        salePriceKurus: 8999,
        stock: 7,
        remoteCategoryId: "5005",
      }),
    ]);
  });

  it("updates approved products by content and variant, drafts by the unapproved endpoint, and creates unknown ones", async () => {
    fake.addProducts([
      { ...generateProducts(1)[0]!, barcode: KUPA.barcode, categoryId: 5005, approved: true },
      { ...generateProducts(1, { prefix: "8692" })[0]!, barcode: "8692000000000", approved: false },
    ]);
    const draft = { ...KUPA, sku: "TASLAK", barcode: "8692000000000", remoteCategoryId: "411", remoteAttributes: [] };
    const unknown = { ...KUPA, sku: "YENI", barcode: "8693000000000" };
    const approved = { ...KUPA, title: "Seramik Kupa (yeni)", remoteAttributes: [] };
    const refs = await batches(adapter().pushProducts([approved, draft, unknown], { mode: "update" }));
    const paths = Object.keys(fake.state.requests).filter((key) => key.startsWith("POST"));
    expect(paths.sort()).toEqual(
      [
        "POST /integration/product/sellers/987654/products/content-bulk-update",
        "POST /integration/product/sellers/987654/products/unapproved-bulk-update",
        "POST /integration/product/sellers/987654/products/variant-bulk-update",
        "POST /integration/product/sellers/987654/v2/products",
      ].sort(),
    );
    const items = (await Promise.all(refs.map(settle))).flatMap((result) => result.items);
    // The content update refuses the approved product without its required attributes; the verdict lands on its barcode.
    expect(items).toEqual(
      expect.arrayContaining([
        {
          sku: null,
          barcode: KUPA.barcode,
          ok: false,
          errors: [requiredAttributeMessage("Renk"), requiredAttributeMessage("Hacim")],
        },
        { sku: "TASLAK", barcode: draft.barcode, ok: true, errors: [] },
        { sku: "YENI", barcode: unknown.barcode, ok: true, errors: [] },
        { sku: "KUPA-1", barcode: KUPA.barcode, ok: true, errors: [] },
      ]),
    );
  });

  it("judges a price-stock batch, which has no top-level status, by its items", async () => {
    fake.addProducts(generateProducts(3));
    const updates = [
      update("8690000000000"),
      update("8690000000001", 5000, 9990),
      update("8699999999990"),
      update("8690000000002"),
      update("8690000000000".replace(/0$/, "1"), 12000, 9990, 20_001),
    ];
    const [ref] = await batches(adapter().pushPriceStock(updates));
    expect((await adapter().getBatchResult(ref!)).status).toBe("in_progress");
    const result = await settle(ref!);
    expect(result.items).toEqual([
      { sku: null, barcode: "8690000000000", ok: true, errors: [] },
      { sku: null, barcode: "8690000000001", ok: false, errors: [LIST_PRICE_BELOW_SALE_MESSAGE] },
      { sku: null, barcode: "8699999999990", ok: false, errors: [PRODUCT_NOT_FOUND_MESSAGE] },
      { sku: null, barcode: "8690000000002", ok: false, errors: ["Kategori özellikleri eksik"] },
      { sku: null, barcode: "8690000000001", ok: false, errors: [QUANTITY_TOO_HIGH_MESSAGE] },
    ]);
    expect(fake.state.products.get("8690000000000")).toMatchObject({ quantity: 4, listPrice: 120, salePrice: 99.9 });
  });

  it("fails the 31st price change of a barcode within a minute as an item, not a 429", async () => {
    fake.addProducts(generateProducts(1));
    let last;
    for (let i = 0; i < 31; i++)
      [last] = await batches(adapter().pushPriceStock([update("8690000000000", 20000, 10000 + i)]));
    const result = await settle(last!);
    expect(result.items).toEqual([
      { sku: null, barcode: "8690000000000", ok: false, errors: [PRICE_CHANGE_LIMIT_MESSAGE] },
    ]);
    expect(fake.state.rateLimited).toBe(0);
  });

  it("sends 2,500 price-stock updates as 3 requests of at most 1,000", async () => {
    const updates = Array.from({ length: 2500 }, (_, i) => update(`86911${String(i).padStart(8, "0")}`));
    expect(await batches(adapter().pushPriceStock(updates))).toHaveLength(3);
    expect([...fake.state.batches.values()].map((batch) => batch.items.length)).toEqual([1000, 1000, 500]);
  });

  it("skips a chunk Trendyol already has from the last 15 minutes instead of failing", async () => {
    const updates = [update("8690000000000")];
    expect(await batches(adapter().pushPriceStock(updates))).toHaveLength(1);
    expect(await batches(adapter().pushPriceStock(updates))).toEqual([]);
    clock += 15 * 60 * 1000;
    expect(await batches(adapter().pushPriceStock(updates))).toHaveLength(1);
    expect(DUPLICATE_REQUEST_MESSAGE).toContain("15 dakika");
  });
});

describe("orders", () => {
  const ids = (orders: MarketplaceOrder[]) => orders.map((order) => order.packageId);

  it("reads every package in the range once through the stream: cursor pages, 14-day windows, edges included", async () => {
    const start = clock - 40 * DAY;
    const packages = generateOrders(900, start, { stepMs: 60 * 60 * 1000 });
    const edges = [14, 28].flatMap((days) => [
      ...generateOrders(1, start + days * DAY - 1),
      ...generateOrders(1, start + days * DAY),
    ]);
    const outside = [...generateOrders(1, start - 1), ...generateOrders(1, clock + 1)];
    const awaiting = generateOrders(1, start + DAY, { status: "Awaiting" });
    fake.addOrders([...packages, ...edges, ...outside, ...awaiting]);

    const orders = await collect(adapter().listOrders({ since: new Date(start), until: new Date(clock) }));
    const expected = [...packages, ...edges].map((pkg) => String(pkg.shipmentPackageId));
    expect(ids(orders).sort()).toEqual(expected.sort());
    expect(new Set(ids(orders)).size).toBe(orders.length);
    expect(fake.state.requests["GET /integration/order/sellers/987654/orders/stream"]).toBeGreaterThanOrEqual(6);
    // Trendyol asks for ≥ 5 s between stream calls.
    expect(sleeps.filter((ms) => ms === 5_000).length).toBeGreaterThan(0);
  });

  it("parses packages that still carry the pre-rename names alongside the current ones", async () => {
    const fakeWithOld = await startTrendyolFake({
      ...credentials,
      tier: "unlimited",
      now: () => clock,
      emitOldNames: true,
    });
    try {
      const [pkg] = generateOrders(1, clock - DAY);
      fakeWithOld.addOrders([pkg!]);
      const old = createTrendyolAdapter({ ...credentials, baseUrl: fakeWithOld.baseUrl, sleep, now: () => clock });
      const [order] = await collect(old.listOrders({ since: new Date(clock - 2 * DAY), until: new Date(clock) }));
      expect(order?.packageId).toBe(String(pkg!.shipmentPackageId));
      expect(order?.lines[0]).toMatchObject({ lineId: String(pkg!.lines[0]!.lineId), sku: pkg!.lines[0]!.stockCode });
      expect((order!.raw as { cargoTrackingNumber: string }).cargoTrackingNumber).toBe(pkg!.cargoTrackingNumber);
    } finally {
      await fakeWithOld.close();
    }
  });

  it("refuses a cursor reused with other filters", async () => {
    fake.addOrders(generateOrders(5, clock - DAY, { stepMs: 1000 }));
    const client = createTrendyolClient({ ...credentials, baseUrl: fake.baseUrl, sleep, maxRetries: 0 });
    const path = "/integration/order/sellers/987654/orders/stream";
    const query = { size: 2, lastModifiedStartDate: clock - 2 * DAY, lastModifiedEndDate: clock };
    const first = await fetch(
      `${fake.baseUrl}${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`,
      {
        headers: {
          authorization: `Basic ${Buffer.from("key-abc:secret-xyz").toString("base64")}`,
          "user-agent": "987654 - SelfIntegration",
        },
      },
    );
    const { nextCursor } = (await first.json()) as { nextCursor: string };
    await expect(
      client.send({ path, query: { ...query, lastModifiedEndDate: clock - 1, nextCursor } }),
    ).rejects.toThrow(/Cursor farklı filtrelerle/);
  });

  it("looks packages up through /v2/orders by order number and by more than 50 package ids", async () => {
    const packages = generateOrders(60, clock - 20 * DAY, { stepMs: 6 * 60 * 60 * 1000 });
    fake.addOrders(packages);
    const byNumber = await adapter().getOrderPackages({ orderNumber: packages[3]!.orderNumber });
    expect(ids(byNumber)).toEqual([String(packages[3]!.shipmentPackageId)]);
    const wanted = packages.slice(0, 55).map((pkg) => String(pkg.shipmentPackageId));
    expect(ids(await adapter().getOrderPackages({ packageIds: wanted })).sort()).toEqual([...wanted].sort());
  });

  it("moves a package to Picking, then Invoiced with its number; refuses the wrong order and unknown lines", async () => {
    const [pkg] = generateOrders(1, clock - DAY, { status: "Created" });
    fake.addOrders([pkg!]);
    const packageId = String(pkg!.shipmentPackageId);
    const lines = pkg!.lines.map((line) => ({ lineId: String(line.lineId), quantity: line.quantity }));
    await expect(
      adapter().updatePackageStatus({ packageId, lines, status: "invoiced", invoiceNumber: "KPR2026000000001" }),
    ).rejects.toThrow(/Picking yapılmalıdır/);
    await expect(
      adapter().updatePackageStatus({ packageId, lines: [{ lineId: "1", quantity: 1 }], status: "picking" }),
    ).rejects.toThrow(/Paket satırı bulunamadı/);
    await adapter().updatePackageStatus({ packageId, lines, status: "picking" });
    await adapter().updatePackageStatus({ packageId, lines, status: "invoiced", invoiceNumber: "KPR2026000000001" });
    expect(fake.state.packages[0]).toMatchObject({ status: "Invoiced", invoiceNumber: "KPR2026000000001" });
  });

  it("marks lines unsupplied with a reason, ships by own cargo, and sends the invoice link once", async () => {
    const [first, second] = generateOrders(2, clock - DAY, { status: "Created" });
    fake.addOrders([first!, second!]);
    const lines = first!.lines.map((line) => ({ lineId: String(line.lineId), quantity: line.quantity }));
    await expect(
      adapter().markUnsupplied({ packageId: String(first!.shipmentPackageId), lines, reasonId: 999 }),
    ).rejects.toThrow(/no unsupplied reason 999/);
    await adapter().markUnsupplied({ packageId: String(first!.shipmentPackageId), lines, reasonId: 500 });
    expect(fake.state.packages[0]?.status).toBe("UnSupplied");

    const packageId = String(second!.shipmentPackageId);
    await adapter().sendAlternativeDelivery({
      packageId,
      trackingInfo: "https://kargo.example/takip/1",
      isPhoneNumber: false,
    });
    expect(fake.state.packages[1]?.status).toBe("Shipped");
    const link = {
      packageId,
      invoiceUrl: "https://fatura.example/KPR2026000000002.pdf",
      invoiceNumber: "KPR2026000000002",
    };
    await adapter().sendInvoiceLink(link);
    await expect(adapter().sendInvoiceLink(link)).rejects.toMatchObject({ status: 409 });
  });
});

describe("claims", () => {
  it("imports a claim with its lines, approves one item and rejects another with one of Trendyol's reasons", async () => {
    const [pkg] = generateOrders(1, clock - 3 * DAY, { status: "Delivered" });
    const line = pkg!.lines[0]!;
    pkg!.lines = [line, { ...line, lineId: line.lineId + 100_000 }];
    fake.addOrders([pkg!]);
    const created = fake.createClaim(pkg!.shipmentPackageId);
    const [claim] = await collect(adapter().listClaims({ since: new Date(clock - DAY), until: new Date(clock + 1) }));
    expect(claim).toMatchObject({
      claimId: created.claimId,
      remoteOrderNumber: pkg!.orderNumber,
      packageId: String(pkg!.shipmentPackageId),
      status: "waiting",
      lines: [
        expect.objectContaining({ remoteStatus: "WaitingInAction", isActionable: true, reason: "Ürün hasarlı geldi" }),
        expect.objectContaining({
          remoteStatus: "WaitingInAction",
          isActionable: true,
          lineId: String(line.lineId + 100_000),
        }),
      ],
    });
    const [approve, reject] = claim!.lines;
    await adapter().approveClaim({ claimId: claim!.claimId, claimLineIds: [approve!.claimLineId] });
    const reasons = await adapter().listClaimRejectReasons();
    expect(reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(["2077", "2078", "2079"]));
    await adapter().rejectClaim({
      claimId: claim!.claimId,
      claimLineIds: [reject!.claimLineId],
      reasonId: "2078",
      description: "Kutudan bir parça eksik çıktı",
    });
    const [after] = await collect(adapter().listClaims({ since: new Date(clock - DAY), until: new Date(clock + 1) }));
    expect(after!.status).toBe("accepted");
    expect(after!.lines.map((item) => [item.remoteStatus, item.isActionable])).toEqual([
      ["Accepted", false],
      ["Unresolved", false],
    ]);
    await expect(
      adapter().approveClaim({ claimId: claim!.claimId, claimLineIds: [approve!.claimLineId] }),
    ).rejects.toThrow(/Accepted durumunda/);
  });
});

describe("lookups and webhooks", () => {
  it("reads the category tree with leaves marked, brands, and a leaf's attributes with their values", async () => {
    const categories = await adapter().listCategories();
    expect(categories.find((category) => category.id === "5005")).toEqual({
      id: "5005",
      parentId: "500",
      name: "Kupa & Bardak",
      path: "Ev & Yaşam › Sofra › Kupa & Bardak",
      isLeaf: true,
    });
    expect(categories.find((category) => category.id === "500")?.isLeaf).toBe(false);
    const brands = (await collect(adapter().listBrands())).flat();
    expect(brands).toContainEqual({ id: "1791", name: "Köprü Test" });
    const attributes = await adapter().getCategoryAttributes("5005");
    expect(attributes.find((attribute) => attribute.name === "Renk")).toMatchObject({
      isRequired: true,
      allowsCustom: false,
      values: expect.arrayContaining([{ id: "1001", name: "Beyaz" }]),
    });
    expect(attributes.find((attribute) => attribute.name === "Hacim")).toMatchObject({
      allowsCustom: true,
      values: [],
    });
  });

  it("registers the console's webhook once and updates it on the next call; refuses URLs with Trendyol's forbidden words", async () => {
    const body = {
      url: "https://kopru.example.com/api/integrations/webhook/ty",
      authenticationType: "API_KEY" as const,
      apiKey: "generated-key-1",
    };
    expect(await adapter().registerWebhook(body)).toMatchObject({ created: true });
    expect(await adapter().registerWebhook({ ...body, apiKey: "generated-key-2" })).toMatchObject({ created: false });
    expect(fake.state.webhooks).toHaveLength(1);
    expect(fake.state.webhooks[0]).toMatchObject({ apiKey: "generated-key-2", status: "ACTIVE" });
    for (const url of [
      "http://localhost:3000/api/integrations/webhook/ty",
      "https://kopru.example.com/api/integrations/webhook/trendyol",
    ])
      await expect(adapter().registerWebhook({ ...body, url })).rejects.toThrow(/Localhost/);
  });
});
