import { describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import type { MarketplaceProduct } from "@/lib/providers/marketplace";
import { parseTrendyolJson } from "./client";
import { generateOrders, toWireJson, withOldNames } from "./fake-data";
import {
  chunk,
  fromKurus,
  splitWindows,
  toBatchResult,
  toContentUpdateItem,
  toKurus,
  toMarketplaceOrder,
  toMarketplaceProduct,
  toPackageStatusBody,
  toPriceInventoryItem,
  toProductV2Item,
  toTrendyolAttributes,
} from "./transform";
import { approvedContentSchema, batchResultSchema, productV2ItemSchema, shipmentPackageSchema } from "./wire";

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
  remoteCategoryId: "5005",
  remoteAttributes: [
    { attributeId: "47", valueIds: ["1001"] },
    { attributeId: "1192", text: " 350 ml " },
    { attributeId: "1193", valueIds: [] },
  ],
};

describe("products", () => {
  it("maps an approved content's variants to the domain", () => {
    const content = approvedContentSchema.parse({
      contentId: 800000001,
      title: "Kupa",
      brand: { id: 1791, name: "Köprü Test" },
      category: { id: 411, name: "Mutfak" },
      images: [{ url: "https://cdn.example.test/k.jpg" }],
      variants: [{ barcode: "869", stockCode: "SKU-1", quantity: 4, price: { salePrice: 89.99, listPrice: 99.9 } }],
    });
    expect(toMarketplaceProduct(content)).toEqual([
      expect.objectContaining({
        sku: "SKU-1",
        barcode: "869",
        listPriceKurus: 9990,
        salePriceKurus: 8999,
        stock: 4,
        brand: "Köprü Test",
        remoteBrandId: "1791",
        remoteCategoryId: "411",
        remoteContentId: "800000001",
      }),
    ]);
  });

  it("builds a V2 create item with attributes in the plural form", () => {
    const item = toProductV2Item(product, { dimensionalWeight: 2 });
    expect(productV2ItemSchema.parse(item)).toMatchObject({
      brandId: 1791,
      categoryId: 5005,
      listPrice: 129.9,
      salePrice: 89.99,
      attributes: [
        { attributeId: 47, attributeValueIds: [1001] },
        { attributeId: 1192, attributeValue: "350 ml" },
      ],
    });
    expect(item).not.toHaveProperty("currencyType");
    expect(item).not.toHaveProperty("cargoCompanyId");
    expect(item).not.toHaveProperty("deliveryOption");
  });

  it("sends the integration's delivery duration as the V2 delivery option", () => {
    const item = toProductV2Item(product, { dimensionalWeight: 1, deliveryDuration: 0 });
    expect(productV2ItemSchema.parse(item).deliveryOption).toEqual({ deliveryDuration: 0 });
  });

  it.each([
    ["value ids", [{ attributeId: "5", valueIds: ["7", "8"] }], [{ attributeId: 5, attributeValueIds: [7, 8] }]],
    ["free text", [{ attributeId: "5", text: "Pamuk" }], [{ attributeId: 5, attributeValue: "Pamuk" }]],
    ["an empty value", [{ attributeId: "5", text: "  " }], []],
    ["a non-numeric id", [{ attributeId: "renk", valueIds: ["1"] }], []],
  ])("attributes: %s", (_, values, expected) => {
    expect(toTrendyolAttributes(values)).toEqual(expected);
  });

  it("builds a content update keyed by contentId with every attribute", () => {
    expect(toContentUpdateItem(product, "800000001")).toMatchObject({
      contentId: 800000001,
      title: "Seramik Kupa",
      attributes: [{ attributeId: 47 }, { attributeId: 1192 }],
    });
  });

  it.each([
    ["no brand", { remoteBrandId: undefined }],
    ["a non-numeric category", { remoteCategoryId: "mutfak" }],
  ])("refuses a product with %s", (_, patch) => {
    expect(() => toProductV2Item({ ...product, ...patch }, { dimensionalWeight: 1 })).toThrow(ProviderError);
  });

  it("maps a price-stock update to Trendyol decimals", () => {
    const update = { sku: "S", barcode: "B", stock: 3, listPriceKurus: 10000, salePriceKurus: 9999 };
    expect(toPriceInventoryItem(update)).toEqual({ barcode: "B", quantity: 3, listPrice: 100, salePrice: 99.99 });
  });
});

describe("toBatchResult", () => {
  const success = { requestItem: { barcode: "A", stockCode: "SKU-A" }, status: "SUCCESS", failureReasons: [] };
  const failed = { requestItem: { barcode: "B" }, status: "FAILED", failureReasons: ["Ürün sistemde bulunamadı"] };
  it.each([
    ["in progress", { batchRequestId: "b1", status: "IN_PROGRESS", items: [] }, "in_progress", 0],
    [
      "completed with a failure",
      { batchRequestId: "b2", status: "COMPLETED", items: [success, failed] },
      "completed",
      2,
    ],
    ["price/stock, no status, no items yet", { batchRequestId: "b3", itemCount: 2, items: [] }, "in_progress", 0],
    ["price/stock, no status, some judged", { batchRequestId: "b4", itemCount: 2, items: [success] }, "in_progress", 0],
    [
      "price/stock, no status, all judged",
      { batchRequestId: "b5", itemCount: 2, items: [success, failed] },
      "completed",
      2,
    ],
    [
      "price/stock, an item still pending",
      { batchRequestId: "b6", items: [success, { ...failed, status: null }] },
      "in_progress",
      0,
    ],
  ])("%s", (_, wire, status, itemCount) => {
    const result = toBatchResult(batchResultSchema.parse(wire));
    expect(result.status).toBe(status);
    expect(result.items).toHaveLength(itemCount);
  });

  it("reports each item's verdict with Trendyol's reasons", () => {
    const result = toBatchResult(
      batchResultSchema.parse({ batchRequestId: "b", status: "COMPLETED", items: [success, failed] }),
    );
    expect(result.items).toEqual([
      { sku: "SKU-A", barcode: "A", ok: true, errors: [] },
      { sku: null, barcode: "B", ok: false, errors: ["Ürün sistemde bulunamadı"] },
    ]);
  });

  it("maps content-keyed items back to their barcode", () => {
    const wire = {
      batchRequestId: "c",
      status: "COMPLETED",
      items: [{ requestItem: { contentId: 9 }, status: "FAILED", failureReasons: ["x"] }],
    };
    const result = toBatchResult(batchResultSchema.parse(wire), (id) => (id === "9" ? "869" : undefined));
    expect(result.items[0]).toMatchObject({ barcode: "869", ok: false });
  });
});

describe("orders", () => {
  const [generated] = generateOrders(1, 1_700_000_000_000, { seed: 3 });
  const wireBody = (pkg: unknown) => parseTrendyolJson(toWireJson(pkg));

  it("maps a package in current names, prices in kuruş, ids and the tracking number as strings", () => {
    const pkg = shipmentPackageSchema.parse(wireBody(generated));
    const order = toMarketplaceOrder(pkg);
    const line = generated!.lines[0]!;
    expect(order).toMatchObject({
      packageId: String(generated!.shipmentPackageId),
      remoteOrderNumber: generated!.orderNumber,
      lastModified: new Date(1_700_000_000_000),
      totalKurus: toKurus(generated!.packageTotalPrice),
    });
    expect(order.lines[0]).toEqual({
      lineId: String(line.lineId),
      sku: line.stockCode,
      barcode: line.barcode,
      name: line.productName,
      quantity: line.quantity,
      unitPriceKurus: toKurus(line.lineUnitPrice),
      amountKurus: toKurus(line.lineUnitPrice) * line.quantity,
    });
    // Past 2^53: a JS number would have rounded it.
    expect(pkg.cargoTrackingNumber).toBe(generated!.cargoTrackingNumber);
    expect(Number(pkg.cargoTrackingNumber)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ["current names", (pkg: typeof generated) => pkg],
    ["pre-rename names", (pkg: typeof generated) => withOldNames(pkg!)],
    ["both (current wins)", (pkg: typeof generated) => ({ ...withOldNames(pkg!), ...pkg, totalPrice: 1 })],
  ])("parses %s to the same order", (_, shape) => {
    const order = toMarketplaceOrder(shipmentPackageSchema.parse(wireBody(shape(generated))));
    const expected = toMarketplaceOrder(shipmentPackageSchema.parse(wireBody(generated)));
    expect({ ...order, raw: null }).toEqual({ ...expected, raw: null });
  });

  it.each([
    ["UnDelivered", "undelivered"],
    ["Invoiced", "invoiced"],
    ["AtCollectionPoint", "unknown"],
    ["UnPacked", "unknown"],
  ])("maps status %s to %s", (status, expected) => {
    const pkg = shipmentPackageSchema.parse({
      ...(wireBody(generated) as object),
      status,
      shipmentPackageStatus: null,
    });
    expect(toMarketplaceOrder(pkg).status).toBe(expected);
  });

  it.each([
    [{ status: "picking" as const }, { status: "Picking", params: {} }],
    [
      { status: "invoiced" as const, invoiceNumber: "KPR2026000000001" },
      { status: "Invoiced", params: { invoiceNumber: "KPR2026000000001" } },
    ],
  ])("builds the package status body for %o", (status, expected) => {
    const body = toPackageStatusBody({ packageId: "1", lines: [{ lineId: "5", quantity: 1 }], ...status });
    expect(body).toEqual({ lines: [{ lineId: 5, quantity: 1 }], ...expected });
  });
});
