import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { alerts, listings, orders, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startShopifyFake, type ShopifyFake } from "@/lib/providers/shopify/fake-server";
import { SHOPIFY_TEST_ORDER_ID } from "@/lib/providers/shopify/fake-webhooks";
import { createTestActor } from "@/lib/testing/actors";
import { configureShopify, deliverShopify } from "@/lib/testing/shopify-fixture";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";

describeWithDatabase("Shopify webhook handlers (re-read through GraphQL)", (database) => {
  let fake: ShopifyFake;
  beforeAll(async () => {
    fake = await startShopifyFake();
    const { actor } = await createTestActor(database().db, "admin");
    await configureShopify(database().db, actor, fake);
    await insertProducts(database().db, [productRow(1, { sku: "KOPRU-TSHIRT-M" })]);
    fake.store.createProduct({ title: "T-Shirt", variants: [{ sku: "KOPRU-TSHIRT-M", price: "1249.90" }] });
  });
  afterAll(() => fake.close());
  const db = () => database().db;
  const shopifyOrders = () => db().select().from(orders).where(eq(orders.integrationId, "shopify"));

  it("imports an order under its exact 19-digit id, however often and in whatever order it is delivered", async () => {
    const order = fake.store.addOrder({ lines: [{ sku: "KOPRU-TSHIRT-M", quantity: 1, price: "1249.90" }] });
    const early = fake.webhooks.orderBody(order);
    const created = await deliverShopify(db(), { topic: "orders/create", rawBody: early });
    expect(created.result).toMatchObject({
      outcome: "processed",
      note: `order ${order.name} created`,
      noteKey: "webhookUi.notes.order.created",
      noteParams: { order: order.name },
    });
    expect((await deliverShopify(db(), { topic: "orders/create", rawBody: early })).result.note).toMatch(/unchanged/);

    order.cancelledAt = new Date().toISOString();
    fake.store.touchOrder(order);
    await deliverShopify(db(), { topic: "orders/cancelled", rawBody: fake.webhooks.orderBody(order) });
    // A stale orders/paid arriving last still leaves the order as Shopify has it now.
    await deliverShopify(db(), { topic: "orders/paid", rawBody: early });

    const rows = await shopifyOrders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      packageId: order.id,
      remoteOrderNumber: order.name,
      status: "cancelled",
      customerName: "Ayşe Yılmaz",
      totalKurus: 124_990,
      lines: [expect.objectContaining({ sku: "KOPRU-TSHIRT-M", lineId: order.lineItems[0]!.id })],
    });
    expect(order.id.length).toBe(19);
  });

  it("re-reads the order a refund or a fulfilment names", async () => {
    const order = fake.store.addOrder({ lines: [{ sku: "KOPRU-TSHIRT-M", quantity: 2, price: "1249.90" }] });
    order.fulfillmentStatus = "FULFILLED";
    const body = `{"id":8207999999999999999,"order_id":${order.id},"status":"success"}`;
    expect((await deliverShopify(db(), { topic: "fulfillments/create", rawBody: body })).result.outcome).toBe(
      "processed",
    );
    const [row] = await db().select().from(orders).where(eq(orders.packageId, order.id));
    expect(row).toMatchObject({ status: "shipped", totalKurus: 249_980 });
  });

  it("records Shopify's test notification as a test, never as a failure", async () => {
    const { result, eventId } = await deliverShopify(db(), {
      topic: "orders/create",
      rawBody: `{"id":${SHOPIFY_TEST_ORDER_ID},"admin_graphql_api_id":"gid://shopify/Order/${SHOPIFY_TEST_ORDER_ID}","name":"#9999","updated_at":"2021-12-31T19:00:00-05:00"}`,
      headers: { "X-Shopify-Test": "true" },
    });
    expect(result).toMatchObject({ outcome: "ignored", note: expect.stringContaining("test notification") });
    const [event] = await db().select().from(webhookEvents).where(eq(webhookEvents.id, eventId));
    expect(event?.isTest).toBe(true);
  });

  it("fails an order with a SKU Köprü does not know, naming it", async () => {
    fake.store.createProduct({ title: "Mug", variants: [{ sku: "ELSEWHERE", price: "10.00" }] });
    const order = fake.store.addOrder({ lines: [{ sku: "ELSEWHERE", quantity: 1, price: "10.00" }] });
    await expect(
      deliverShopify(db(), { topic: "orders/create", rawBody: fake.webhooks.orderBody(order) }),
    ).rejects.toThrow(/Unknown SKU in Shopify order .*ELSEWHERE/);
  });

  it("links a known variant to its Shopify listing when a product is created", async () => {
    const product = [...fake.store.products.values()].find((p) => p.variants[0]?.sku === "KOPRU-TSHIRT-M")!;
    const { result } = await deliverShopify(db(), {
      topic: "products/create",
      rawBody: `{"id":${product.id},"admin_graphql_api_id":"gid://shopify/Product/${product.id}"}`,
    });
    expect(result).toEqual({ outcome: "processed", note: "listings active: KOPRU-TSHIRT-M" });
    const [listing] = await db().select().from(listings).where(eq(listings.sku, "KOPRU-TSHIRT-M"));
    expect(listing?.remoteRefs).toMatchObject({ variantId: `gid://shopify/ProductVariant/${product.variants[0]!.id}` });
  });

  it("answers the compliance topics: a data request is logged, a redact removes the customer's personal data", async () => {
    const order = fake.store.addOrder({
      lines: [{ sku: "KOPRU-TSHIRT-M", quantity: 1, price: "1249.90" }],
      customer: { firstName: "Zeynep", lastName: "Kaya", email: "zeynep@example.com" },
    });
    await deliverShopify(db(), { topic: "orders/create", rawBody: fake.webhooks.orderBody(order) });
    const customer = fake.store.customers.get(order.customerId!)!;
    const request = `{"shop_id":548380009,"shop_domain":"${fake.shopDomain}","customer":{"id":${customer.id},"email":"zeynep@example.com"},"orders_requested":[${order.id}],"data_request":{"id":77}}`;
    const asked = await deliverShopify(db(), { topic: "customers/data_request", rawBody: request });
    expect(asked.result.note).toMatch(/holds 1 orders/);
    expect(await db().select().from(alerts).where(eq(alerts.source, "shopify.customer_data_request"))).toHaveLength(1);

    const redact = `{"shop_id":548380009,"shop_domain":"${fake.shopDomain}","customer":{"id":${customer.id}},"orders_to_redact":[${order.id}]}`;
    const redacted = await deliverShopify(db(), { topic: "customers/redact", rawBody: redact });
    expect(redacted.result).toMatchObject({ outcome: "processed", note: expect.stringContaining("1 orders") });
    const [row] = await db().select().from(orders).where(eq(orders.packageId, order.id));
    expect(row).toMatchObject({ customerName: null, customerEmail: null, shippingAddress: null });
    expect(JSON.stringify(row?.raw)).not.toContain("Zeynep");
  });
});
