import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// The lists as a merchant uses them: filters that survive a reload, a shared link and Back; the same lists on a 390 px
// phone (the Menü drawer, stacked cards, nothing scrolling sideways); and the main pages under axe. Named to run after
// foundation.spec.ts, which needs a database without users.
test.describe.configure({ mode: "serial" });

const fakeHeaders = {
  authorization: `Basic ${Buffer.from(`${TRENDYOL_FAKE.apiKey}:${TRENDYOL_FAKE.apiSecret}`).toString("base64")}`,
  "user-agent": `${TRENDYOL_FAKE.sellerId} - SelfIntegration`,
};
const STRIPE = {
  publishable_key: "pk_test_e2e0123456789",
  secret_key: "sk_test_e2e0123456789",
  webhook_secret: "whsec_e2e0123456789abcdef",
};

let orderId = 0;
let stripeEventId = 0;

/** An order imported from the Trendyol fake and a Stripe test delivery in the log, so every list has rows. */
async function seed(page: Page) {
  const config = await page.request.post("/api/integrations/trendyol/config", {
    data: {
      is_active: true,
      seller_id: TRENDYOL_FAKE.sellerId,
      api_key: TRENDYOL_FAKE.apiKey,
      api_secret: TRENDYOL_FAKE.apiSecret,
      base_url: TRENDYOL_FAKE_URL,
    },
  });
  expect(config.ok()).toBe(true);
  const packages = await page.request.post(`${TRENDYOL_FAKE_URL}/__fake/packages`, {
    headers: fakeHeaders,
    data: { status: "Created" },
  });
  const [pkg] = (await packages.json()) as { orderNumber: string }[];
  const find = async () => {
    const { items } = (await (await page.request.get(`/api/orders?q=${pkg!.orderNumber}`)).json()) as {
      items: { id: number }[];
    };
    if (items[0]) return items[0].id;
    await page.request.post("/api/integrations/trendyol/sync", { data: { kind: "orders_in" } });
    return 0;
  };
  await expect.poll(async () => (orderId = await find()), { timeout: 60_000, intervals: [2_000] }).toBeGreaterThan(0);

  const stripe = await page.request.post("/api/integrations/stripe/config", { data: { ...STRIPE, is_active: true } });
  expect(stripe.ok()).toBe(true);
  const delivery = await page.request.post("/api/integrations/stripe/test-webhook", {
    data: { event_type: "payment_intent.succeeded" },
  });
  expect(delivery.ok()).toBe(true);
  stripeEventId = ((await delivery.json()) as { eventId: number }).eventId;
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("list filters live in the URL: a reload, a shared link and Back all keep the view", async ({ page }) => {
  await ensureAdmin(page);
  await seed(page);

  await page.goto("/logs/webhooks");
  await page.getByLabel("Kaynak").selectOption("test");
  await expect(page).toHaveURL(/[?&]test=test/);
  await page.getByLabel("Sağlayıcı").selectOption("stripe");
  await expect(page).toHaveURL(/provider=stripe/);
  await page.reload();
  await expect(page.getByLabel("Kaynak")).toHaveValue("test");
  await expect(page.getByLabel("Sağlayıcı")).toHaveValue("stripe");
  await page.goBack();
  await expect(page).toHaveURL(/[?&]test=test/);
  await expect(page).not.toHaveURL(/provider=stripe/);
  await expect(page.getByLabel("Sağlayıcı")).toHaveValue("");

  // A shared link with a search that matches nothing says so and offers the way out.
  await page.goto("/orders?q=bulunmayan-siparis");
  await expect(page.getByRole("searchbox", { name: "Ara" })).toHaveValue("bulunmayan-siparis");
  await expect(page.getByText("Bu filtrelere uyan sipariş yok")).toBeVisible();
  await page.getByRole("button", { name: "Filtreleri temizle" }).first().click();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByRole("searchbox", { name: "Ara" })).toHaveValue("");
  await expect(page.locator("[data-testid^='order-row-']").first()).toBeVisible();

  // Dates are typed in Turkish (GG.AA.YYYY), kept in the URL as ISO days.
  await page.getByRole("textbox", { name: "Başlangıç tarihi" }).fill("01.01.2020");
  await expect(page).toHaveURL(/from=2020-01-01/);
  await page.getByRole("textbox", { name: "Bitiş tarihi" }).fill("31.02.2020");
  await page.getByRole("textbox", { name: "Bitiş tarihi" }).blur();
  await expect(page.getByText("Tarihi GG.AA.YYYY biçiminde yazın")).toBeVisible();
});

test("rows picked in the webhook log are replayed together", async ({ page }) => {
  await ensureAdmin(page);
  await page.goto("/logs/webhooks");
  await page.getByRole("checkbox", { name: `#${stripeEventId} olayını seç` }).check();
  const bar = page.getByTestId("selection-bar");
  await expect(bar).toContainText("1 satır seçildi");
  await bar.getByRole("button", { name: "Seçilen 1 olayı yeniden oynat" }).click();
  await expect(page.getByText("1 olay yeniden oynatıldı.").first()).toBeVisible();
  await expect(bar).toBeHidden();
});

test("forms answer in Turkish next to the field, with no browser bubbles", async ({ page }) => {
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Giriş yap" }).click();
  const email = page.locator('input[name="email"]');
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("Geçerli bir e-posta adresi girin.");
  await expect(page.getByText("Bu alan zorunlu.")).toBeVisible();
  expect(await email.evaluate((input) => (input as HTMLInputElement).form?.noValidate)).toBe(true);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Menü drawer leads to integrations, orders and the webhook log, shown as cards without sideways scroll", async ({
    page,
  }) => {
    await ensureAdmin(page);
    await page.goto("/integrations");
    await expect(page.getByRole("heading", { level: 1, name: "Entegrasyonlar" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    const header = page.locator("header").first();
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);

    await page.getByRole("button", { name: "Menü" }).click();
    const drawer = page.getByRole("dialog", { name: "Menü" });
    await drawer.getByRole("link", { name: "Siparişler" }).click();
    await page.waitForURL("**/orders");
    await expect(drawer).toBeHidden();
    const card = page.getByRole("list", { name: "Siparişler" }).getByRole("listitem").first();
    await expect(card).toBeVisible();
    await expect(card.getByText("Durum", { exact: true })).toBeVisible();
    await expect(card.getByText("Tutar", { exact: true })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    // Filters other than the search fold behind a button.
    await expect(page.getByLabel("Durum", { exact: true })).toBeHidden();
    await page.getByRole("button", { name: "Filtreler" }).click();
    await expect(page.getByLabel("Durum", { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.getByRole("button", { name: "Menü" }).click();
    await page.getByRole("dialog", { name: "Menü" }).getByRole("link", { name: "Webhook kayıtları" }).click();
    await page.waitForURL("**/logs/webhooks");
    const event = page.locator("li[data-testid^='webhook-row-']").first();
    await expect(event).toBeVisible();
    await expect(event.getByText("Durum", { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test("the main pages have no serious or critical accessibility violations", async ({ page }) => {
  await ensureAdmin(page);
  const pages = [
    "/",
    "/integrations",
    "/integrations/trendyol",
    "/orders",
    `/orders/${orderId}`,
    "/products",
    "/logs/webhooks",
    "/settings",
  ];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(serious, path).toEqual([]);
  }
});
