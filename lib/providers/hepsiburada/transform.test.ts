import { describe, expect, it } from "vitest";
import {
  formatOmsDate,
  isUploadFinished,
  parseOmsDate,
  planUploadSizes,
  splitWindows,
  toKurus,
  toOpenOrders,
  toOrderStatus,
  toPackageOrder,
  toUploadItem,
  toUploadItemResults,
} from "./transform";
import { orderLineSchema, packageSchema, uploadAcceptedSchema, uploadStatusSchema } from "./wire";

describe("money and dates", () => {
  it.each([
    [129.9, 12990],
    [19.99, 1999],
    [0.1 + 0.2, 30],
    [1249.9, 124990],
  ])("%s TRY is %s kuruş", (amount, kurus) => expect(toKurus(amount)).toBe(kurus));

  it.each([
    ["2026-11-02T10:00:00Z", "2026-11-02T10:00:00.000Z"],
    ["2026-11-02T13:00:00+03:00", "2026-11-02T10:00:00.000Z"],
    ["2026-11-02T13:00:00", "2026-11-02T10:00:00.000Z"],
    ["2026-11-02 13:00", "2026-11-02T10:00:00.000Z"],
    ["2026-11-02T13:00:00.123", "2026-11-02T10:00:00.123Z"],
  ])("OMS date %s (no offset = Istanbul) is %s", (value, iso) => expect(parseOmsDate(value)?.toISOString()).toBe(iso));

  it("formats query dates as yyyy-MM-dd HH:mm in Istanbul time", () => {
    expect(formatOmsDate(new Date("2026-11-02T22:30:59Z"))).toBe("2026-11-03 01:30");
    expect(parseOmsDate(formatOmsDate(new Date("2026-11-02T22:30:00Z")))?.toISOString()).toBe(
      "2026-11-02T22:30:00.000Z",
    );
  });

  it("splits a range into contiguous whole-minute windows of at most 24 h", () => {
    const day = 86_400_000;
    const since = new Date("2026-11-01T00:00:30Z");
    const windows = splitWindows(since, new Date(since.getTime() + 2.5 * day), day);
    expect(windows.map((w) => [w.begin.toISOString(), w.end.toISOString()])).toEqual([
      ["2026-11-01T00:00:00.000Z", "2026-11-02T00:00:00.000Z"],
      ["2026-11-02T00:00:00.000Z", "2026-11-03T00:00:00.000Z"],
      ["2026-11-03T00:00:00.000Z", "2026-11-03T12:01:00.000Z"],
    ]);
    expect(splitWindows(since, since, day)).toEqual([]);
    // The minute `until` falls in is read too (OMS dates have minute precision).
    expect(splitWindows(since, new Date(since.getTime() + 90_000), day).map((w) => w.end.toISOString())).toEqual([
      "2026-11-01T00:02:00.000Z",
    ]);
  });
});

describe("upload plan", () => {
  const limits = { maxSize: 4000, inFlight: 5, minSize: 500 };
  it.each([
    [0, []],
    [10, [10]],
    [1200, [600, 600]],
    [10_000, [2000, 2000, 2000, 2000, 2000]],
    [10_003, [2001, 2001, 2001, 2000, 2000]],
    [20_000, [4000, 4000, 4000, 4000, 4000]],
    [22_000, Array(10).fill(2200)],
  ])("%i items go as uploads of %j", (items, sizes) => {
    const plan = planUploadSizes(items, limits);
    expect(plan).toEqual(sizes);
    expect(plan.reduce((sum, size) => sum + size, 0)).toBe(items);
  });
});

describe("statuses", () => {
  it.each([
    ["Open", "created"],
    ["Unpacked", "created"],
    ["Packaged", "picking"],
    ["ReadyToShip", "invoiced"],
    ["InTransit", "shipped"],
    ["IN_TRANSIT", "shipped"],
    ["Delivered", "delivered"],
    ["Undelivered", "undelivered"],
    ["CancelledByMerchant", "cancelled"],
    ["Teleported", "unknown"],
    [null, "unknown"],
  ] as const)("%s → %s", (status, expected) => expect(toOrderStatus(status)).toBe(expected));

  it.each([
    ["Done", true],
    ["Failed", true],
    ["Processing", false],
    ["PROCESSING", false],
    ["Waiting", false],
  ])("upload status %s finished: %s", (status, finished) => expect(isUploadFinished(status)).toBe(finished));
});

describe("uploads", () => {
  it.each([
    [
      { sku: "S-1", barcode: "HBCV1", stock: 5, listPriceKurus: 15000, salePriceKurus: 12990 },
      { hepsiburadaSku: "HBCV1", merchantSku: "S-1", price: 129.9, availableStock: 5 },
    ],
    [
      { sku: "S-2", barcode: "S-2", stock: -3, listPriceKurus: 100, salePriceKurus: 100 },
      { merchantSku: "S-2", price: 1, availableStock: 0 },
    ],
  ])("%o goes out as %o", (update, item) => expect(toUploadItem(update)).toEqual(item));

  it("reads the upload id as id or Id, numbers as strings", () => {
    expect(uploadAcceptedSchema.parse({ id: "a-1" })).toEqual({ id: "a-1" });
    expect(uploadAcceptedSchema.parse({ Id: "b-2" })).toEqual({ id: "b-2" });
    expect(uploadAcceptedSchema.safeParse({}).success).toBe(false);
  });

  const sent = [
    { merchantSku: "A", price: 1 },
    { merchantSku: "B", hepsiburadaSku: "HB-B", price: 2 },
    { merchantSku: "C", price: 3 },
  ];
  it.each([
    [
      "item errors and a MinLock, by 1-based elementNo",
      {
        status: "Done",
        errors: [{ elementNo: 2, merchantSku: "B", errors: ["InvalidPrice"] }],
        priceValidations: [{ elementNo: 3, type: "MinLock", minPrice: 10, maxPrice: null, description: "Düşük fiyat" }],
      },
      [
        [true, []],
        [false, ["InvalidPrice"]],
        [false, ["MinLock ≥ 10.00: Düşük fiyat"]],
      ],
    ],
    [
      "a failed upload with no item errors fails every item",
      { status: "Failed" },
      [
        [false, ["UploadFailed"]],
        [false, ["UploadFailed"]],
        [false, ["UploadFailed"]],
      ],
    ],
    [
      "a clean upload",
      { status: "Done", errors: [], priceValidations: null },
      [
        [true, []],
        [true, []],
        [true, []],
      ],
    ],
  ])("%s", (_, status, verdicts) => {
    const results = toUploadItemResults(uploadStatusSchema.parse(status), sent);
    expect(results.map((r) => [r.ok, r.errors])).toEqual(verdicts);
    expect(results.map((r) => r.sku)).toEqual(["A", "B", "C"]);
    expect(results[1]!.barcode).toBe("HB-B");
  });
});

describe("orders", () => {
  const line = (overrides: Record<string, unknown>) =>
    orderLineSchema.parse({
      id: "l-1",
      orderNumber: 4100000001,
      orderDate: "2026-11-02T10:00:00",
      sku: "HBCV1",
      merchantSKU: "S-1",
      name: "Tişört",
      quantity: 2,
      totalPrice: { currency: "TRY", amount: 259.8 },
      unitPrice: { currency: "TRY", amount: 129.9 },
      customerName: "Ayşe",
      shippingAddress: { name: "Ayşe Y.", address: "Moda", city: "İstanbul", town: "Kadıköy", email: "a@example.com" },
      ...overrides,
    });

  it("groups open lines by order, keyed until packed, in kuruş", () => {
    const [order, other] = toOpenOrders([
      line({}),
      line({ id: "l-2", quantity: 1, totalPrice: { currency: "TRY", amount: 10 }, unitPrice: null }),
      line({ id: "l-3", orderNumber: "4100000002" }),
    ]);
    expect(order).toMatchObject({
      remoteOrderNumber: "4100000001",
      packageId: "open-4100000001",
      status: "created",
      totalKurus: 26980,
      customerEmail: "a@example.com",
      address: { fullName: "Ayşe Y.", city: "İstanbul", district: "Kadıköy" },
      lines: [
        { lineId: "l-1", sku: "S-1", barcode: "HBCV1", quantity: 2, unitPriceKurus: 12990, amountKurus: 25980 },
        { lineId: "l-2", quantity: 1, unitPriceKurus: 1000, amountKurus: 1000 },
      ],
    });
    expect(order!.orderDate.toISOString()).toBe("2026-11-02T07:00:00.000Z");
    expect(other!.packageId).toBe("open-4100000002");
  });

  it("keys a package by its number and reads its lines", () => {
    const pkg = packageSchema.parse({
      packageNumber: 600000001,
      status: "Packaged",
      recipientName: "Ayşe",
      shippingCity: "İstanbul",
      items: [
        {
          lineItemId: "l-1",
          orderNumber: "4100000001",
          merchantSku: "S-1",
          hbSku: "HBCV1",
          quantity: 2,
          totalPrice: { currency: "TRY", amount: 259.8 },
        },
      ],
    });
    const seen = new Date("2026-11-03T00:00:00Z");
    expect(toPackageOrder(pkg, seen)).toMatchObject({
      remoteOrderNumber: "4100000001",
      packageId: "600000001",
      status: "picking",
      lastModified: seen,
      totalKurus: 25980,
      lines: [{ lineId: "l-1", sku: "S-1", unitPriceKurus: 12990 }],
    });
  });
});
