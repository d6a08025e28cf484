import { describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import type { MarketplaceProduct } from "@/lib/providers/marketplace";
import { generateOrders, generateProducts } from "./fake-data";
import {
  chunk,
  fromKurus,
  splitWindows,
  toBatchResult,
  toKurus,
  toMarketplaceOrder,
  toMarketplaceProduct,
  toPackageStatusBody,
  toPriceInventoryItem,
  toProductCreateItem,
} from "./transform";
import { batchResultSchema, productCreateItemSchema, shipmentPackageSchema } from "./wire";

describe("toKurus / fromKurus", () => {
  it.each([
    [19.99, 1999],
    [1.15, 115],
    [0.1 + 0.2, 30],
    [249.9, 24990],
    [1234567.89, 123456789],
    [0, 0],
    [100, 10000],
  ])("%s TRY is %s kuruş and back", (lira, kurus) => {
    expect(toKurus(lira)).toBe(kurus);
    expect(toKurus(fromKurus(kurus))).toBe(kurus);
  });

  it("serialises kuruş back to the decimal Trendyol expects", () => {
    expect(JSON.stringify({ price: fromKurus(1999) })).toBe('{"price":19.99}');
  });
});

describe("splitWindows", () => {
  const DAY = 24 * 60 * 60 * 1000;
  it.each([
    ["empty when since is after until", 10, 5, 14 * DAY, []],
    ["one instant", 5, 5, 14 * DAY, [{ startMs: 5, endMs: 5 }]],
    ["exactly one max window", 0, 14 * DAY - 1, 14 * DAY, [{ startMs: 0, endMs: 14 * DAY - 1 }]],
    [
      "30 days in three windows",
      0,
      30 * DAY,
      14 * DAY,
      [
        { startMs: 0, endMs: 14 * DAY - 1 },
        { startMs: 14 * DAY, endMs: 28 * DAY - 1 },
        { startMs: 28 * DAY, endMs: 30 * DAY },
      ],
    ],
  ])("%s", (_, start, end, max, expected) => {
    const windows = splitWindows(start, end, max);
    expect(windows).toEqual(expected);
    for (const window of windows) expect(window.endMs - window.startMs).toBeLessThanOrEqual(max);
  });
});

describe("chunk", () => {
  it.each([
    [0, 1000, []],
    [1000, 1000, [1000]],
    [2500, 1000, [1000, 1000, 500]],
  ])("%s items by %s", (count, size, sizes) => {
    expect(
      chunk(
        Array.from({ length: count }, (_, i) => i),
        size,
      ).map((part) => part.length),
    ).toEqual(sizes);
  });
});

const product: MarketplaceProduct = {
  sku: "SKU-1",
  barcode: "8690000000001",
  title: "Seramik Kupa",
  description: "350 ml",
  brand: "Köprü",
  category: "Mutfak",
  vatRate: 20,
  listPriceKurus: 12990,
  salePriceKurus: 8999,
  currency: "TRY",
  stock: 7,
  images: ["https://cdn.example.test/a.jpg"],
  remoteBrandId: "1791",
  remoteCategoryId: "411",
};

describe("products", () => {
  it("maps a Trendyol product to the domain", () => {
    const [wire] = generateProducts(1);
    expect(toMarketplaceProduct(wire!)).toMatchObject({
      sku: "SKU-000000",
      barcode: "8690000000000",
      listPriceKurus: 29988,
      salePriceKurus: 24990,
      stock: 10,
      remoteBrandId: "1791",
      remoteCategoryId: "411",
      images: ["https://cdn.example.test/8690000000000.jpg"],
    });
  });

  it("builds a create item Trendyol accepts", () => {
    const item = toProductCreateItem(product, { cargoCompanyId: 10, dimensionalWeight: 2 });
    expect(productCreateItemSchema.parse(item)).toMatchObject({
      brandId: 1791,
      categoryId: 411,
      listPrice: 129.9,
      salePrice: 89.99,
    });
  });

  it.each([
    ["no brand", { remoteBrandId: undefined }],
    ["a non-numeric category", { remoteCategoryId: "mutfak" }],
  ])("refuses a product with %s", (_, patch) => {
    expect(() => toProductCreateItem({ ...product, ...patch }, { cargoCompanyId: 10, dimensionalWeight: 1 })).toThrow(
      ProviderError,
    );
  });

  it("maps a price-stock update to Trendyol decimals", () => {
    const update = { sku: "S", barcode: "B", stock: 3, listPriceKurus: 10000, salePriceKurus: 9999 };
    expect(toPriceInventoryItem(update)).toEqual({ barcode: "B", quantity: 3, listPrice: 100, salePrice: 99.99 });
  });
});

describe("toBatchResult", () => {
  it.each([
    [
      "in progress",
      { batchRequestId: "b1", status: "IN_PROGRESS", items: [] },
      { batchId: "b1", status: "in_progress", items: [] },
    ],
    [
      "completed with a failure",
      {
        batchRequestId: "b2",
        status: "COMPLETED",
        items: [
          { requestItem: { barcode: "A", stockCode: "SKU-A" }, status: "SUCCESS", failureReasons: [] },
          { requestItem: { barcode: "B" }, status: "FAILED", failureReasons: ["Ürün bulunamadı"] },
        ],
      },
      {
        batchId: "b2",
        status: "completed",
        items: [
          { sku: "SKU-A", barcode: "A", ok: true, errors: [] },
          { sku: null, barcode: "B", ok: false, errors: ["Ürün bulunamadı"] },
        ],
      },
    ],
  ])("%s", (_, wire, expected) => {
    expect(toBatchResult(batchResultSchema.parse(wire))).toEqual(expected);
  });
});

describe("orders", () => {
  it("maps a shipment package, prices in kuruş", () => {
    const pkg = shipmentPackageSchema.parse({
      ...generateOrders(1, 1_700_000_000_000)[0],
      status: "UnDelivered",
      shipmentPackageStatus: null,
      totalPrice: 539.89,
      lines: [
        { id: 77, quantity: 2, merchantSku: "", barcode: "869", productName: "Kupa", price: 89.99, amount: 179.98 },
      ],
    });
    const order = toMarketplaceOrder(pkg);
    expect(order).toMatchObject({
      packageId: String(pkg.id),
      status: "undelivered",
      lastModified: new Date(1_700_000_000_000),
      totalKurus: 53989,
      lines: [{ lineId: "77", sku: "869", barcode: "869", quantity: 2, unitPriceKurus: 8999, amountKurus: 17998 }],
    });
    expect(order.customerName).toMatch(/^\S+ \S+$/);
    expect(order.address.city).toBeTruthy();
    expect(order.raw).toBe(pkg);
  });

  it("maps unknown statuses to unknown rather than failing", () => {
    const pkg = shipmentPackageSchema.parse({
      ...generateOrders(1, 0)[0],
      status: "AtCollectionPoint",
      shipmentPackageStatus: null,
    });
    expect(toMarketplaceOrder(pkg).status).toBe("unknown");
  });

  it.each([
    [{ status: "picking" as const }, { status: "Picking", params: {} }],
    [
      { status: "invoiced" as const, invoiceNumber: "KPR2025000001" },
      { status: "Invoiced", params: { invoiceNumber: "KPR2025000001" } },
    ],
  ])("builds the package status body for %o", (status, expected) => {
    const body = toPackageStatusBody({ packageId: "1", lines: [{ lineId: "5", quantity: 1 }], ...status });
    expect(body).toEqual({ lines: [{ lineId: 5, quantity: 1 }], ...expected });
  });
});
