import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MarketplaceOrder, MarketplaceProduct, PriceStockUpdate, PushReceipt } from "@/lib/providers/marketplace";
import {
  LIST_PRICE_BELOW_SALE_MESSAGE,
  PRODUCT_NOT_FOUND_MESSAGE,
  PRODUCT_TITLE_MAX_LENGTH,
  TITLE_TOO_LONG_MESSAGE,
} from "./fake-data";
import { generateOrders, generateProducts, startTrendyolFake } from "./fake-server";
import type { TrendyolFake } from "./fake-server";
import { createTrendyolAdapter } from "./index";

const credentials = { sellerId: "987654", apiKey: "key-abc", apiSecret: "secret-xyz" };
const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2025-03-01T00:00:00Z");
let clock = START + 60 * DAY;
const sleep = async (ms: number) => void (clock += ms);

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({
    ...credentials,
    now: () => clock,
    rateLimit: { max: 1000, windowMs: 10_000 },
    failBarcodes: (barcode) => (barcode === "8690000000002" ? "Kategori özellikleri eksik" : null),
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const adapter = (overrides: { apiSecret?: string } = {}) =>
  createTrendyolAdapter({
    ...credentials,
    ...overrides,
    baseUrl: fake.baseUrl,
    sleep,
    productDefaults: { cargoCompanyId: 10, dimensionalWeight: 1 },
  });

/** Trendyol answers every push with batch ids to poll. */
function batchIds(receipt: PushReceipt): string[] {
  if (receipt.mode !== "batches") throw new Error(`expected batch ids, got ${receipt.mode}`);
  return receipt.batchIds;
}

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
  images: [],
  remoteBrandId: "1791",
  remoteCategoryId: "411",
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const update = (barcode: string, listPriceKurus = 12000, salePriceKurus = 9990): PriceStockUpdate => ({
  sku: `SKU-${barcode}`,
  barcode,
  stock: 4,
  listPriceKurus,
  salePriceKurus,
});

describe("createTrendyolAdapter", () => {
  it("tests the connection, and explains bad credentials", async () => {
    await expect(adapter().testConnection()).resolves.toBeUndefined();
    await expect(adapter({ apiSecret: "nope" }).testConnection()).rejects.toThrow(
      /API key\/secret \(401\): Yetkisiz erişim/,
    );
  });

  it("creates products in a batch and lists them back in kuruş", async () => {
    const [batchId] = batchIds(await adapter().pushProducts([KUPA]));
    expect(await adapter().getBatchResult(batchId!)).toMatchObject({ status: "in_progress", items: [] });
    expect(await adapter().getBatchResult(batchId!)).toMatchObject({
      status: "completed",
      items: [{ barcode: KUPA.barcode, ok: true }],
    });
    const listed = await collect(adapter().listProducts());
    expect(listed).toEqual([
      expect.objectContaining({ sku: "KUPA-1", listPriceKurus: 12990, salePriceKurus: 8999, stock: 7 }),
    ]);
  });

  it("fails, per item, a product whose title is longer than Trendyol allows, on create and on update", async () => {
    const atLimit = { ...KUPA, sku: "KUPA-2", barcode: "8691234500028", title: "Ş".repeat(PRODUCT_TITLE_MAX_LENGTH) };
    const tooLong = {
      ...KUPA,
      sku: "KUPA-3",
      barcode: "8691234500035",
      title: "Ş".repeat(PRODUCT_TITLE_MAX_LENGTH + 20),
    };
    const [createId] = batchIds(await adapter().pushProducts([KUPA, atLimit, tooLong]));
    await adapter().getBatchResult(createId!);
    expect((await adapter().getBatchResult(createId!)).items).toEqual([
      { sku: "KUPA-1", barcode: KUPA.barcode, ok: true, errors: [] },
      { sku: "KUPA-2", barcode: atLimit.barcode, ok: true, errors: [] },
      { sku: "KUPA-3", barcode: tooLong.barcode, ok: false, errors: [TITLE_TOO_LONG_MESSAGE] },
    ]);
    expect([...fake.state.products.keys()]).toEqual([KUPA.barcode, atLimit.barcode]);

    const [updateId] = batchIds(await adapter().pushProducts([{ ...KUPA, title: tooLong.title }], { mode: "update" }));
    await adapter().getBatchResult(updateId!);
    expect((await adapter().getBatchResult(updateId!)).items).toEqual([
      { sku: "KUPA-1", barcode: KUPA.barcode, ok: false, errors: [TITLE_TOO_LONG_MESSAGE] },
    ]);
    expect(fake.state.products.get(KUPA.barcode)?.title).toBe(KUPA.title);
  });

  it("reports a price-stock batch's failures per item with Trendyol's Turkish reasons", async () => {
    fake.addProducts(generateProducts(3));
    const updates = [
      update("8690000000000"),
      update("8690000000001", 5000, 9990),
      update("8699999999990"),
      update("8690000000002"),
    ];
    const [batchId] = batchIds(await adapter().pushPriceStock(updates));
    expect((await adapter().getBatchResult(batchId!)).status).toBe("in_progress");
    const result = await adapter().getBatchResult(batchId!);
    expect(result.status).toBe("completed");
    expect(result.items).toEqual([
      { sku: null, barcode: "8690000000000", ok: true, errors: [] },
      { sku: null, barcode: "8690000000001", ok: false, errors: [LIST_PRICE_BELOW_SALE_MESSAGE] },
      { sku: null, barcode: "8699999999990", ok: false, errors: [PRODUCT_NOT_FOUND_MESSAGE] },
      { sku: null, barcode: "8690000000002", ok: false, errors: ["Kategori özellikleri eksik"] },
    ]);
    expect(fake.state.products.get("8690000000000")).toMatchObject({ quantity: 4, listPrice: 120, salePrice: 99.9 });
  });

  it("sends 2,500 price-stock updates as 3 requests of at most 1,000", async () => {
    const updates = Array.from({ length: 2500 }, (_, i) => update(`86911${String(i).padStart(8, "0")}`));
    const ids = batchIds(await adapter().pushPriceStock(updates));
    expect(ids).toHaveLength(3);
    expect(
      fake.state.requests[`POST /integration/inventory/sellers/${credentials.sellerId}/products/price-and-inventory`],
    ).toBe(3);
    expect([...fake.state.batches.values()].map((batch) => batch.items.length)).toEqual([1000, 1000, 500]);
  });

  it("skips a chunk Trendyol already has from the last 15 minutes instead of failing", async () => {
    const updates = [update("8690000000000")];
    expect(batchIds(await adapter().pushPriceStock(updates))).toHaveLength(1);
    expect(batchIds(await adapter().pushPriceStock(updates))).toEqual([]);
    clock += 15 * 60 * 1000;
    expect(batchIds(await adapter().pushPriceStock(updates))).toHaveLength(1);
  });

  it("lists every order across pages and 14-day windows once, oldest change first", async () => {
    // One package every 50 minutes for ~35 days, plus packages on both sides of each window boundary.
    const packages = generateOrders(1000, START, { stepMs: 50 * 60 * 1000 });
    const boundaries = [14, 28].flatMap((days) => [START + days * DAY - 1, START + days * DAY]);
    const edges = boundaries.flatMap((at) => generateOrders(1, at));
    const outside = [...generateOrders(1, START - 1), ...generateOrders(1, START + 40 * DAY + 1)];
    fake.addOrders([...packages, ...edges, ...outside]);

    const orders: MarketplaceOrder[] = await collect(
      adapter().listOrders({ since: new Date(START), until: new Date(START + 40 * DAY) }),
    );

    const expected = [...packages, ...edges].map((pkg) => String(pkg.id));
    expect(orders.map((order) => order.packageId).sort()).toEqual(expected.sort());
    const times = orders.map((order) => order.lastModified.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(fake.state.requests[`GET /integration/order/sellers/${credentials.sellerId}/orders`]).toBeGreaterThan(6);
  });

  it("moves a package to Picking and Invoiced, and refuses a status Trendyol takes elsewhere", async () => {
    const [pkg] = generateOrders(1, START);
    fake.addOrders([pkg!]);
    const packageId = String(pkg!.id);
    const lines = pkg!.lines.map((line) => ({ lineId: String(line.id), quantity: line.quantity }));

    await adapter().updatePackageStatus({ packageId, lines, status: "picking" });
    expect(fake.state.orders[0]).toMatchObject({ status: "Picking" });
    await adapter().updatePackageStatus({ packageId, lines, status: "invoiced", invoiceNumber: "KPR2025000001" });
    expect(fake.state.orders[0]).toMatchObject({ status: "Invoiced" });
    await expect(
      adapter().updatePackageStatus({ packageId, lines, status: "shipped", trackingNumber: "ARAS123456" }),
    ).rejects.toMatchObject({ kind: "invalid_request" });
    await expect(adapter().updatePackageStatus({ packageId: "1", lines, status: "picking" })).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});
