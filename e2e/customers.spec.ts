import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";
import { SHOPIFY_FAKE, SHOPIFY_FAKE_URL } from "./shopify-fake-helpers";

// Customers are kept with their orders: a Shopify buyer's two orders arrive by webhook, /customers finds the buyer by
// name and lists both orders; Shopify's customers/redact then erases the buyer, and /customers no longer knows them.
test.describe.configure({ mode: "serial" });

const SKU = "E2E-CUSTOMER-1";
const BUYER = { firstName: "Deniz", lastName: "Karaca", email: "deniz.karaca@example.com" };

/** An order made in the Shopify fake and delivered by webhook; waits until Köprü has re-read and imported it. */
async function orderInShopify(page: Page, customer: Record<string, string>) {
  const made = await page.request.post(`${SHOPIFY_FAKE_URL}/_fake/orders`, {
    data: { lines: [{ sku: SKU, quantity: 1, price: "120.00" }], customer, webhook: "orders/create" },
  });
  const order = (await made.json()) as { name: string; customerId: string; delivery: number };
  expect(order.delivery).toBe(200);
  await expect
    .poll(
      async () => {
        const list = (await (await page.request.get(`/api/orders?q=${encodeURIComponent(order.name)}`)).json()) as {
          items: { remoteOrderNumber: string }[];
        };
        return list.items.some((item) => item.remoteOrderNumber === order.name);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return order;
}

test("a buyer and their orders under /customers, found by name; Shopify's customers/redact removes the buyer", async ({
  page,
}) => {
  await ensureAdmin(page);
  const csv = `sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock\n${SKU},8690000000981,Bardak,Köprü,Mutfak,20,120.00,120.00,9`;
  const imported = await page.request.post("/api/products/import", {
    headers: { "content-type": "text/csv" },
    data: csv,
  });
  expect(imported.ok()).toBe(true);
  const configured = await page.request.post("/api/integrations/shopify/config", {
    data: {
      is_active: true,
      shop_domain: "x.myshopify.com",
      auth_model: "client_credentials",
      client_id: SHOPIFY_FAKE.clientId,
      client_secret: SHOPIFY_FAKE.clientSecret,
      base_url: SHOPIFY_FAKE_URL,
    },
  });
  expect(configured.ok(), await configured.text()).toBe(true);
  const first = await orderInShopify(page, BUYER);
  const second = await orderInShopify(page, { id: first.customerId });

  await page.goto("/customers");
  await expect(page.getByRole("heading", { level: 1, name: "Müşteriler" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Ara" }).fill("karaca");
  const row = page.getByTestId("customer-row-deniz.karaca@example.com");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Deniz Karaca");
  await expect(page.getByTestId("customers-page")).toHaveText("Sayfa 1 / 1 · 1 müşteri");
  await row.getByRole("button", { name: "2 sipariş" }).click();
  const orders = page.getByRole("list", { name: "Deniz Karaca siparişleri" });
  await expect(orders.getByRole("link", { name: first.name })).toBeVisible();
  await expect(orders.getByRole("link", { name: second.name })).toBeVisible();

  const redacted = await page.request.post(`${SHOPIFY_FAKE_URL}/_fake/compliance`, {
    data: { topic: "customers/redact", customerId: first.customerId },
  });
  expect(((await redacted.json()) as { delivery: number }).delivery).toBe(200);
  await expect
    .poll(async () => ((await (await page.request.get("/api/customers?q=karaca")).json()) as { total: number }).total, {
      timeout: 30_000,
    })
    .toBe(0);
  await page.reload();
  await page.getByRole("searchbox", { name: "Ara" }).fill("karaca");
  await expect(page.getByText("Bu aramaya uyan müşteri yok")).toBeVisible();
  // The orders stay (bookkeeping), without the buyer.
  await page.goto("/orders");
  await page.getByRole("searchbox", { name: "Ara" }).fill(first.name);
  await expect(page.getByTestId(`order-row-${first.name}`)).not.toContainText("Deniz");
});
