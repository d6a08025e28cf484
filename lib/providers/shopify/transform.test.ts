import { describe, expect, it } from "vitest";
import {
  decimalToKurus,
  gidToId,
  handleForSku,
  kurusToDecimal,
  orderStatus,
  ordersSearch,
  toMarketplaceOrder,
  toProductSetInput,
} from "./transform";
import type { ShopifyOrder } from "./wire";

describe("money", () => {
  it.each([
    ["1249.90", 124990],
    ["1249.9", 124990],
    ["0.01", 1],
    ["10", 1000],
    ["-5.50", -550],
    ["19.995", 2000],
    ["99999.99", 9_999_999],
  ])("%s → %i kuruş", (amount, kurus) => expect(decimalToKurus(amount)).toBe(kurus));

  it.each([
    [124990, "1249.90"],
    [1, "0.01"],
    [0, "0.00"],
    [-550, "-5.50"],
  ])("%i kuruş → %s", (kurus, amount) => expect(kurusToDecimal(kurus)).toBe(amount));

  it("rejects what is not a decimal", () => expect(() => decimalToKurus("12,50")).toThrow());
});

describe("ids", () => {
  it("keeps 19-digit ids exact", () => {
    expect(gidToId("gid://shopify/Order/8207000000000000017")).toBe("8207000000000000017");
    expect(Number("8207000000000000017").toString()).not.toBe("8207000000000000017");
  });
  it("rejects what is not a GID", () => expect(() => gidToId("8207")).toThrow());
  it.each([
    ["SKU-00001", "kopru-sku-00001"],
    ["Çay Bardağı İnce/6", "kopru-cay-bardagi-ince-6"],
    ["***", "kopru-urun"],
  ])("handle for %s is %s", (sku, handle) => expect(handleForSku(sku)).toBe(handle));
});

describe("toProductSetInput", () => {
  const product = {
    sku: "SKU-1",
    barcode: "8690000000011",
    title: "Kupa <Büyük>",
    description: "Seramik\nBulaşık makinesinde yıkanır",
    brand: "Köprü",
    category: "Mutfak",
    listPriceKurus: 15_000,
    salePriceKurus: 12_990,
    isActive: true,
  };

  it("creates by handle, with the sale price and the list price as compare-at", () => {
    const { identifier, input } = toProductSetInput(product, null);
    expect(identifier).toEqual({ handle: "kopru-sku-1" });
    expect(input).toMatchObject({
      title: "Kupa <Büyük>",
      status: "ACTIVE",
      descriptionHtml: "Seramik<br>Bulaşık makinesinde yıkanır",
      variants: [{ sku: "SKU-1", price: "129.90", compareAtPrice: "150.00", barcode: "8690000000011" }],
    });
    expect(input.variants[0]).not.toHaveProperty("id");
  });

  it("updates by the stored ids, without a compare-at price when there is no discount, as a draft when inactive", () => {
    const refs = { productId: "gid://shopify/Product/1", variantId: "gid://shopify/ProductVariant/2" };
    const { identifier, input } = toProductSetInput({ ...product, salePriceKurus: 15_000, isActive: false }, refs);
    expect(identifier).toEqual({ id: "gid://shopify/Product/1" });
    expect(input.status).toBe("DRAFT");
    expect(input.variants[0]).toMatchObject({ id: "gid://shopify/ProductVariant/2", compareAtPrice: null });
  });
});

describe("orders", () => {
  const order: ShopifyOrder = {
    id: "gid://shopify/Order/8207000000000000017",
    name: "#1001",
    createdAt: "2026-11-20T09:00:00Z",
    updatedAt: "2026-11-20T10:00:00Z",
    cancelledAt: null,
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: "UNFULFILLED",
    currencyCode: "TRY",
    email: null,
    currentTotalPriceSet: { shopMoney: { amount: "259.80", currencyCode: "TRY" } },
    customer: {
      id: "gid://shopify/Customer/8207000000000000034",
      firstName: "Ayşe",
      lastName: "Yılmaz",
      defaultEmailAddress: { emailAddress: "ayse@example.com" },
      defaultPhoneNumber: { phoneNumber: "+905551112233" },
    },
    shippingAddress: {
      name: "Ayşe Yılmaz",
      address1: "Bağdat Cad.",
      city: "Kadıköy",
      province: "İstanbul",
      zip: "34710",
      countryCodeV2: "TR",
    },
    lineItems: {
      nodes: [
        {
          id: "gid://shopify/LineItem/8207000000000000051",
          sku: "SKU-1",
          name: "Kupa",
          quantity: 2,
          currentQuantity: 2,
          originalUnitPriceSet: { shopMoney: { amount: "129.90", currencyCode: "TRY" } },
          variant: { id: "gid://shopify/ProductVariant/9", barcode: "869" },
        },
      ],
    },
  };

  it("maps an order to one package keyed by its exact numeric id", () => {
    expect(toMarketplaceOrder(order)).toMatchObject({
      packageId: "8207000000000000017",
      remoteOrderNumber: "#1001",
      status: "created",
      customerName: "Ayşe Yılmaz",
      customerEmail: "ayse@example.com",
      totalKurus: 25_980,
      address: { city: "İstanbul", district: "Kadıköy", countryCode: "TR", phone: "+905551112233" },
      lines: [
        { lineId: "8207000000000000051", sku: "SKU-1", quantity: 2, unitPriceKurus: 12_990, amountKurus: 25_980 },
      ],
    });
  });

  it.each([
    [{ cancelledAt: "2026-11-21T00:00:00Z", displayFulfillmentStatus: "FULFILLED" }, "cancelled"],
    [{ cancelledAt: null, displayFulfillmentStatus: "FULFILLED" }, "shipped"],
    [{ cancelledAt: null, displayFulfillmentStatus: "PARTIALLY_FULFILLED" }, "picking"],
    [{ cancelledAt: null, displayFulfillmentStatus: "UNFULFILLED" }, "created"],
  ])("status of %o is %s", (input, status) => expect(orderStatus(input)).toBe(status));

  it("widens a window to whole seconds outwards", () => {
    expect(ordersSearch(new Date("2026-11-01T00:00:00.123Z"), new Date("2026-11-01T00:05:00.001Z"))).toBe(
      "updated_at:>='2026-11-01T00:00:00Z' AND updated_at:<='2026-11-01T00:05:01Z' AND status:any",
    );
  });

  it("asks for orders updated since a time, any status", () => {
    expect(ordersSearch(new Date("2026-11-01T00:00:00.123Z"))).toBe(
      "updated_at:>='2026-11-01T00:00:00Z' AND status:any",
    );
  });
});
