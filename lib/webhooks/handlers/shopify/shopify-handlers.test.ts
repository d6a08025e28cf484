import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { alerts, listings, orders, products } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { deliver, insertIntegration, sampleDelivery } from "../test-delivery";

const ORDER_ID = "450789469"; // the sample's order id

function orderEvent(topic: string, updatedAt: string, changes: Record<string, unknown> = {}) {
  const delivery = sampleDelivery("shopify", topic);
  Object.assign(delivery.body, { created_at: "2026-03-01T09:00:00+03:00", updated_at: updatedAt, ...changes });
  return delivery;
}

describeWithDatabase("Shopify webhook handlers", (database) => {
  beforeAll(async () => {
    await insertIntegration(database().db, "shopify");
    await insertProducts(database().db, [productRow(1, { sku: "KOPRU-TSHIRT-M", salePrice: 119_900, stock: 7 })]);
  });
  const shopifyOrders = () => database().db.select().from(orders).where(eq(orders.integrationId, "shopify"));

  it("imports orders/create as one Shopify package, however often it is delivered", async () => {
    const created = orderEvent("orders/create", "2026-03-01T09:00:00+03:00", {
      customer: { first_name: "Ayşe", last_name: "Yılmaz", email: "ayse@example.com" },
      shipping_address: {
        name: "Ayşe Yılmaz",
        address1: "Bağdat Cad. No:1",
        city: "Kadıköy",
        province: "İstanbul",
        zip: "34710",
        country_code: "TR",
      },
    });
    expect(await deliver(database().db, created)).toEqual({ outcome: "processed", note: "order #1001 created" });
    expect((await deliver(database().db, created)).note).toMatch(/unchanged/);

    const rows = await shopifyOrders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      packageId: ORDER_ID,
      remoteOrderNumber: "#1001",
      status: "created",
      customerName: "Ayşe Yılmaz",
      customerEmail: "musteri@example.com",
      shippingAddress: expect.objectContaining({ city: "İstanbul", district: "Kadıköy", postalCode: "34710" }),
      currency: "TRY",
      totalKurus: 124990,
      lines: [
        expect.objectContaining({
          lineId: "866550311766439",
          sku: "KOPRU-TSHIRT-M",
          quantity: 1,
          unitPriceKurus: 124990,
          amountKurus: 124990,
        }),
      ],
      orderedAt: new Date("2026-03-01T06:00:00Z"),
    });
  });

  it("applies a newer orders/cancelled and keeps it when an older orders/updated arrives late", async () => {
    await deliver(database().db, orderEvent("orders/cancelled", "2026-03-02T10:00:00+03:00"));
    expect((await shopifyOrders())[0]).toMatchObject({ status: "cancelled" });
    await deliver(database().db, orderEvent("orders/paid", "2026-03-01T12:00:00+03:00"));
    await deliver(
      database().db,
      orderEvent("orders/updated", "2026-03-01T15:00:00+03:00", { fulfillment_status: "fulfilled" }),
    );
    const rows = await shopifyOrders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "cancelled", remoteUpdatedAt: new Date("2026-03-02T07:00:00Z") });
  });

  it("marks a fulfilled order shipped", async () => {
    await deliver(
      database().db,
      orderEvent("orders/updated", "2026-03-03T10:00:00+03:00", {
        cancelled_at: null,
        fulfillment_status: "fulfilled",
      }),
    );
    expect((await shopifyOrders())[0]).toMatchObject({ status: "shipped" });
  });

  it("links known variant SKUs to their Shopify listing without touching Köprü's price or stock", async () => {
    const [product] = await database().db.select().from(products).where(eq(products.sku, "KOPRU-TSHIRT-M"));
    await database().db.insert(listings).values({
      integrationId: "shopify",
      productId: product!.id,
      sku: "KOPRU-TSHIRT-M",
      remoteStatus: "failed",
      lastError: "previous push failed",
      lastPushedSalePrice: 119_900,
      lastPushedStock: 7,
    });
    const update = sampleDelivery("shopify", "products/update");
    const variants = update.body.variants as Record<string, unknown>[];
    variants.push(
      { id: 808950812, sku: "NOT-IN-KOPRU", price: "99.90", inventory_item_id: 808950813 },
      { id: 808950814, sku: null },
    );
    const result = await deliver(database().db, update);
    expect(result).toEqual({
      outcome: "processed",
      note: "listings active: KOPRU-TSHIRT-M; unknown SKUs (not Köprü products): NOT-IN-KOPRU",
    });
    await deliver(database().db, update);

    const rows = await database().db.select().from(listings).where(eq(listings.integrationId, "shopify"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sku: "KOPRU-TSHIRT-M",
      remoteId: "gid://shopify/ProductVariant/808950810",
      remoteStatus: "active",
      lastError: null,
      lastPushedSalePrice: 119_900,
      lastPushedStock: 7,
    });
    const [after] = await database().db.select().from(products).where(eq(products.id, product!.id));
    expect(after).toMatchObject({ salePrice: 119_900, stock: 7 });
  });

  it("creates the listing for a known SKU on products/create and holds it pending while the product is a draft", async () => {
    await insertProducts(database().db, [productRow(2, { sku: "KOPRU-MUG" })]);
    const created = sampleDelivery("shopify", "products/create");
    Object.assign(created.body, { status: "draft", variants: [{ id: 900001, sku: "KOPRU-MUG", price: "150.00" }] });
    await deliver(database().db, created);
    const [row] = await database()
      .db.select()
      .from(listings)
      .where(and(eq(listings.integrationId, "shopify"), eq(listings.sku, "KOPRU-MUG")));
    expect(row).toMatchObject({
      remoteId: "gid://shopify/ProductVariant/900001",
      remoteStatus: "pending",
      lastError: "Shopify product is draft",
    });
  });

  it("ignores a product none of whose SKUs Köprü knows", async () => {
    const update = sampleDelivery("shopify", "products/update");
    update.body.variants = [{ id: 1, sku: "ELSEWHERE-ONLY" }];
    expect(await deliver(database().db, update)).toEqual({
      outcome: "ignored",
      note: "unknown SKUs (not Köprü products): ELSEWHERE-ONLY",
    });
  });

  it("does not import Shopify stock levels or lone refunds", async () => {
    expect((await deliver(database().db, sampleDelivery("shopify", "inventory_levels/update"))).outcome).toBe(
      "ignored",
    );
    expect((await deliver(database().db, sampleDelivery("shopify", "refunds/create"))).outcome).toBe("ignored");
    const [product] = await database().db.select().from(products).where(eq(products.sku, "KOPRU-TSHIRT-M"));
    expect(product!.stock).toBe(7);
  });

  it("alerts once when a product is deleted in Shopify, and on every uninstall", async () => {
    const deleted = sampleDelivery("shopify", "products/delete");
    expect((await deliver(database().db, deleted)).note).toBe("alert raised");
    expect((await deliver(database().db, deleted)).note).toBe("alert already raised");
    await deliver(database().db, sampleDelivery("shopify", "app/uninstalled"));
    const raised = await database().db.select().from(alerts).where(eq(alerts.integrationId, "shopify"));
    expect(raised.map((alert) => alert.source).sort()).toEqual(["shopify.app_uninstalled", "shopify.product_deleted"]);
    expect(raised.find((alert) => alert.source === "shopify.app_uninstalled")!.message).toContain(
      "kopru-demo.myshopify.com",
    );
  });
  it("fails an order naming a SKU missing from the catalog, and succeeds once the product exists", async () => {
    const line = {
      id: 1,
      sku: "NOT-YET-IN-KOPRU",
      name: "Yeni ürün",
      title: "Yeni ürün",
      quantity: 1,
      price: "10.00",
      product_id: 1,
    };
    const delivery = orderEvent("orders/create", "2026-03-02T09:00:00+03:00", {
      id: 999_000_111,
      name: "#2002",
      line_items: [line],
    });
    await expect(deliver(database().db, delivery)).rejects.toThrow(
      /Unknown SKU in Shopify order #2002: NOT-YET-IN-KOPRU/,
    );
    expect((await shopifyOrders()).some((order) => order.remoteOrderNumber === "#2002")).toBe(false);
    await insertProducts(database().db, [productRow(3, { sku: "NOT-YET-IN-KOPRU" })]);
    expect(await deliver(database().db, delivery)).toEqual({ outcome: "processed", note: "order #2002 created" });
  });
});
