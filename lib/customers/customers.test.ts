import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getCustomers } from "@/app/api/customers/route";
import { orders, paymentLinks } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { insertOrder } from "@/lib/payments/testing";
import { startShopifyFake, type ShopifyFake } from "@/lib/providers/shopify/fake-server";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { configureShopify, deliverShopify } from "@/lib/testing/shopify-fixture";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { listCustomerOrders, listCustomers } from "./list-customers";

describeWithDatabase("customers kept with their orders", (database) => {
  let fake: ShopifyFake;
  let viewerToken: string;
  const db = () => database().db;
  const lines = [{ sku: "KOPRU-TSHIRT-M", quantity: 1, price: "1249.90" }];

  beforeAll(async () => {
    fake = await startShopifyFake();
    const { actor } = await createTestActor(db(), "admin");
    viewerToken = (await createTestActor(db(), "viewer")).token;
    await configureShopify(db(), actor, fake);
    await insertProducts(db(), [productRow(1, { sku: "KOPRU-TSHIRT-M" })]);
  });
  afterAll(() => fake.close());

  it("lists each customer once with their orders, searches by name or e-mail, pages, and forgets a redacted one and the address a link was mailed to", async () => {
    const zeynep = { firstName: "Zeynep", lastName: "Kaya", email: "zeynep@example.com" };
    const first = fake.store.addOrder({ lines, customer: zeynep });
    const customer = fake.store.customers.get(first.customerId!)!;
    const second = fake.store.addOrder({ lines, customer: zeynep });
    // The fake makes a customer per order: the second order belongs to the same Shopify customer, as at Shopify.
    second.customerId = customer.id;
    for (const order of [first, second])
      await deliverShopify(db(), { topic: "orders/create", rawBody: fake.webhooks.orderBody(order) });
    await insertOrder(db(), { totalKurus: 24990, number: "TY-1" });

    const all = await listCustomers({ db: db(), filter: {} });
    expect(all.total).toBe(2);
    const shopifyCustomer = all.items.find((item) => item.integrationId === "shopify");
    expect(shopifyCustomer).toMatchObject({
      key: `gid://shopify/Customer/${customer.id}`,
      name: "Zeynep Kaya",
      email: "zeynep@example.com",
      orderCount: 2,
      totalKurus: 249980,
      currency: "TRY",
    });
    expect(all.items.find((item) => item.integrationId === "trendyol")).toMatchObject({
      key: "ayse@example.com",
      name: "Ayşe Yılmaz",
      orderCount: 1,
    });

    expect((await listCustomers({ db: db(), filter: { q: "zEyN" } })).items.map((item) => item.name)).toEqual([
      "Zeynep Kaya",
    ]);
    expect((await listCustomers({ db: db(), filter: { q: "ayse@" } })).items.map((item) => item.name)).toEqual([
      "Ayşe Yılmaz",
    ]);
    const pageTwo = await listCustomers({ db: db(), filter: { pageSize: "1", page: "2" } });
    expect(pageTwo).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(pageTwo.items).toHaveLength(1);
    expect(pageTwo.items[0]!.key).not.toBe(all.items[0]!.key);

    const theirOrders = await listCustomerOrders({
      db: db(),
      filter: { integration: "shopify", key: shopifyCustomer!.key },
    });
    expect(theirOrders.items.map((order) => order.remoteOrderNumber).sort()).toEqual([first.name, second.name].sort());

    const response = await getCustomers(jsonRequest("/api/customers?q=kaya", { token: viewerToken }), routeParams({}));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(1);

    const [stored] = await db().select({ id: orders.id }).from(orders).where(eq(orders.packageId, first.id));
    await db()
      .insert(paymentLinks)
      .values({
        id: "customers-test-link",
        orderId: stored!.id,
        provider: "stripe",
        amountKurus: 124990,
        currency: "TRY",
        providerRef: "pi_customers_test",
        expiresAt: new Date(Date.now() + 86_400_000),
        emailedTo: "zeynep@example.com",
      });

    // Shopify's customers/redact names only the first order: the customer's other order goes by the customer's GID.
    const redact = `{"shop_id":548380009,"shop_domain":"${fake.shopDomain}","customer":{"id":${customer.id}},"orders_to_redact":[${first.id}]}`;
    const redacted = await deliverShopify(db(), { topic: "customers/redact", rawBody: redact });
    expect(redacted.result).toMatchObject({ outcome: "processed", note: expect.stringContaining("2 orders") });
    const [link] = await db().select().from(paymentLinks).where(eq(paymentLinks.id, "customers-test-link"));
    expect(link?.emailedTo).toBeNull();
    const after = await listCustomers({ db: db(), filter: {} });
    expect(after.items.map((item) => item.name)).toEqual(["Ayşe Yılmaz"]);
    expect((await listCustomers({ db: db(), filter: { q: "zeynep" } })).total).toBe(0);
    expect(
      (await listCustomerOrders({ db: db(), filter: { integration: "shopify", key: shopifyCustomer!.key } })).items,
    ).toEqual([]);
  });
});
