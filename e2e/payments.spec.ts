import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";
import { IYZICO_FAKE, IYZICO_FAKE_URL, STRIPE_FAKE, STRIPE_FAKE_URL } from "./payment-fakes";
import { plainText, startSmtp } from "../lib/testing/smtp";
import { SHOPIFY_FAKE, SHOPIFY_FAKE_URL } from "./shopify-fake-helpers";
import { E2E_SMTP_PORT } from "./smtp-helpers";

// An order made in Shopify arrives (the fake's signed delivery, re-read from the fake), the merchant requests payment
// with iyzico's checkout form and e-mails the link to the buyer (a local SMTP server), the buyer pays on the fake's
// hosted page, the order shows paid, and part of it is refunded from /payments with a confirmation.
// Then a Stripe link: the public /pay page says plainly that Stripe.js cannot be reached (no internet here); the buyer's
// payment is completed at the fake, its signed webhook is read back, and the order's payment shows paid.
test.describe.configure({ mode: "serial" });

const SKU = "E2E-PAY-KUPA";
let smtp: Awaited<ReturnType<typeof startSmtp>>;

async function configure(page: Page, id: string, body: Record<string, unknown>) {
  const answer = await page.request.post(`/api/integrations/${id}/config`, { data: { is_active: true, ...body } });
  expect(answer.ok(), await answer.text()).toBe(true);
}

/**
 * A Shopify order for 249,90 TL of a product in the catalog: made in the Shopify fake, which delivers its signed
 * `orders/create`; Köprü takes the delivery as a hint and re-reads the order from the fake. Returns Köprü's order id.
 */
async function importOrder(page: Page): Promise<number> {
  const made = await page.request.post(`${SHOPIFY_FAKE_URL}/_fake/orders`, {
    data: {
      lines: [{ sku: SKU, quantity: 1, price: "249.90" }],
      customer: { firstName: "Ayşe", lastName: "Yılmaz", email: "ayse@example.com" },
      webhook: "orders/create",
    },
  });
  const { name, delivery } = (await made.json()) as { name: string; delivery: number };
  expect(delivery).toBe(200);
  let orderId = 0;
  await expect
    .poll(
      async () => {
        const list = (await (await page.request.get(`/api/orders?q=${encodeURIComponent(name)}`)).json()) as {
          items: { id: number; remoteOrderNumber: string }[];
        };
        orderId = list.items.find((order) => order.remoteOrderNumber === name)?.id ?? 0;
        return orderId;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  return orderId;
}

async function requestPayment(page: Page, orderId: number, provider: "iyzico" | "stripe"): Promise<string> {
  await page.goto(`/orders/${orderId}`);
  const panel = page.getByTestId("order-payments");
  await expect(panel).toContainText("Kalan tutar: ₺249,90");
  const select = panel.getByLabel("Kuruluş");
  if ((await select.count()) > 0) await select.selectOption(provider);
  await panel.getByRole("button", { name: "Ödeme iste" }).click();
  const link = page.getByTestId("payment-link");
  await expect(link).toBeVisible();
  const url = await link.getByLabel("Ödeme bağlantısı").inputValue();
  // Sent by e-mail through the console's SMTP server, to the buyer's address the form offers.
  await link.getByRole("button", { name: "E-postayla gönder" }).click();
  await expect(link.getByLabel("Alıcının e-postası")).toHaveValue("ayse@example.com");
  await link.getByRole("button", { name: "Gönder", exact: true }).click();
  await expect(link.getByRole("status")).toHaveText("Ödeme bağlantısı ayse@example.com adresine gönderildi.");
  const mail = smtp.mails.map((received) => ({ ...received, text: plainText(received.raw) })).at(-1);
  expect(mail?.to).toEqual(["ayse@example.com"]);
  expect(mail?.text).toContain(url);
  expect(mail?.text).toContain("₺249,90");
  return url;
}

test.beforeAll(async ({ browser }) => {
  smtp = await startSmtp(E2E_SMTP_PORT);
  const page = await browser.newPage();
  await ensureAdmin(page);
  const csv = [
    "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock",
    `${SKU},8690000000998,Kupa,Köprü,Mutfak,20,249.90,249.90,5`,
  ];
  expect(
    (
      await page.request.post("/api/products/import", { headers: { "content-type": "text/csv" }, data: csv.join("\n") })
    ).ok(),
  ).toBe(true);
  await configure(page, "shopify", {
    shop_domain: "x.myshopify.com",
    auth_model: "client_credentials",
    client_id: SHOPIFY_FAKE.clientId,
    client_secret: SHOPIFY_FAKE.clientSecret,
    base_url: SHOPIFY_FAKE_URL,
  });
  await page.close();
});

test.afterAll(() => smtp.close());

test("iyzico: request payment, e-mail the link, pay on the hosted checkout form, see it paid, refund part with a confirmation", async ({
  page,
}) => {
  await ensureAdmin(page);
  await configure(page, "iyzico", {
    api_key: IYZICO_FAKE.apiKey,
    secret_key: IYZICO_FAKE.secretKey,
    base_url: IYZICO_FAKE_URL,
  });
  await configure(page, "stripe", {
    is_active: false,
    secret_key: STRIPE_FAKE.secretKey,
    publishable_key: STRIPE_FAKE.publishableKey,
    webhook_secret: STRIPE_FAKE.webhookSecret,
    base_url: STRIPE_FAKE_URL,
  });
  const orderId = await importOrder(page);
  const url = await requestPayment(page, orderId, "iyzico");
  expect(url).toMatch(new RegExp(`^${IYZICO_FAKE_URL}/fake-checkout/`));

  await page.goto(url);
  await page.getByRole("button", { name: "Fake iyzico: pay" }).click();
  await page.getByRole("button", { name: "Return to the shop" }).click();
  await expect(page.getByRole("status")).toHaveText("Ödemeniz alındı. Teşekkürler!");

  await page.goto(`/orders/${orderId}`);
  const panel = page.getByTestId("order-payments");
  await expect(panel).toContainText("Bu sipariş ödendi.");
  await expect(panel).toContainText("Ödendi");

  await page.goto("/payments");
  await page.getByLabel("Kuruluş").selectOption("iyzico");
  const row = page.locator('[data-testid^="payment-row-"]').first();
  await expect(row).toContainText("₺249,90");
  await row.getByRole("link").first().click();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "İade et" }).click();
  const dialog = page.getByRole("dialog", { name: "İade" });
  await dialog.getByLabel("Tutar (TRY)").fill("300");
  await expect(dialog).toContainText("En fazla ₺249,90 iade edilebilir.");
  await dialog.getByLabel("Tutar (TRY)").fill("49,90");
  await dialog.getByRole("button", { name: "Devam" }).click();
  await expect(dialog.getByTestId("refund-confirm-text")).toHaveText("₺49,90 iade edilecek. Bu işlem geri alınamaz.");
  await dialog.getByRole("button", { name: "₺49,90 iade et" }).click();
  await expect(page.getByText("İade gönderildi").first()).toBeVisible();
  await expect(page.getByText("Kısmen iade").first()).toBeVisible();
  await expect(page.getByTestId("payment-timeline")).toContainText("checkout_form.completed");
  await expect(page.getByTestId("payment-timeline")).toContainText("refund.created");
});

test("Stripe: the public /pay page says Stripe.js is unreachable; paid at the fake, the webhook marks the order paid", async ({
  page,
}) => {
  await ensureAdmin(page);
  await configure(page, "stripe", { base_url: STRIPE_FAKE_URL });
  const orderId = await importOrder(page);
  const url = await requestPayment(page, orderId, "stripe");
  const path = new URL(url).pathname;
  expect(path).toMatch(/^\/pay\/[\w-]{32,}$/);

  const buyer = await page.context().browser()!.newContext();
  const pay = await buyer.newPage();
  await pay.goto(url);
  await expect(pay.getByTestId("pay-amount")).toHaveText("₺249,90");
  await expect(pay.getByTestId("stripe-unreachable")).toContainText("Stripe.js yüklenemedi");
  await buyer.close();

  const payments = (await (await page.request.get(`/api/payments?provider=stripe&order=${orderId}`)).json()) as {
    items: { remoteId: string }[];
  };
  const intent = payments.items[0]?.remoteId ?? "";
  expect((await page.request.post(`${STRIPE_FAKE_URL}/_fake/confirm/${intent}`, { data: {} })).ok()).toBe(true);
  const webhookUrl = new URL("/api/integrations/webhook/stripe", page.url()).toString();
  const delivered = await page.request.post(`${STRIPE_FAKE_URL}/_fake/deliver`, {
    data: { url: webhookUrl, secret: STRIPE_FAKE.webhookSecret },
  });
  expect(((await delivered.json()) as { statuses: number[] }).statuses.every((status) => status === 200)).toBe(true);

  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("order-payments")).toContainText("Bu sipariş ödendi.", { timeout: 20_000 });
});
