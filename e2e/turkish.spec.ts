import { createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin, openIntegration, saveIntegration } from "./console-helpers";
import { STRIPE_FAKE, STRIPE_FAKE_URL } from "./payment-fakes";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// A Turkish merchant walks the main error paths: a bad setting, a refused connection test, a sync whose every item
// fails, a webhook that cannot be processed, and the audit log. Every page must read in Turkish: no English sentence
// from our message files may appear (English ones identical in Turkish, like "Webhook", are not counted).
test.describe.configure({ mode: "serial" });

type Tree = { [key: string]: string | Tree };
const MESSAGES = path.join(process.cwd(), "lib", "i18n", "messages");

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

/** The English texts (whole sentences, or the literal stretches between placeholders) that differ from Turkish. */
function englishOnlyTexts(): string[] {
  const load = (locale: "en" | "tr") => {
    const merged = new Map<string, string>();
    for (const file of fs.readdirSync(MESSAGES).filter((name) => name.endsWith(`${locale}.json`)))
      for (const [key, value] of flatten(JSON.parse(fs.readFileSync(path.join(MESSAGES, file), "utf8")) as Tree))
        merged.set(key, value);
    return merged;
  };
  const en = load("en");
  const tr = load("tr");
  const texts = new Set<string>();
  for (const [key, english] of en) {
    if (tr.get(key) === english) continue;
    // Literal stretches between ICU arguments; a short one ("of", "·") would also match Turkish pages by chance.
    for (const part of english.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)) {
      const text = part.trim();
      if (text.length >= 14 && /[a-z]{3}/.test(text) && ![...tr.values()].some((turkish) => turkish.includes(text)))
        texts.add(text);
    }
  }
  return [...texts];
}

// English fallbacks our code stores or raises (kept for old rows and English readers); none may reach a Turkish page.
const STORED_ENGLISH = [
  "Must be an http(s) URL",
  "Unexpected payload at",
  "items failed",
  "Map a Trendyol brand",
  "No such",
];
const ENGLISH = [...englishOnlyTexts(), ...STORED_ENGLISH];

async function expectNoEnglish(page: Page, where: string) {
  await page.waitForLoadState("networkidle");
  const text = await page.locator("body").innerText();
  const found = ENGLISH.filter((english) => text.includes(english));
  expect(found, `English on ${where}`).toEqual([]);
}

/** Stripe's signature scheme (t=…,v1=HMAC-SHA256 of "t.body"), for a delivery made by hand. */
function stripeSignature(body: string, secret: string): string {
  const timestamp = Math.floor(Date.now() / 1000);
  const digest = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${digest}`;
}

test("the English list is not empty, so the check below can fail", () => {
  expect(ENGLISH.length).toBeGreaterThan(200);
  expect(ENGLISH).toContain("Completed with errors");
});

test("a bad setting and a refused connection test read in Turkish", async ({ page }) => {
  await ensureAdmin(page);
  await openIntegration(page, "trendyol");
  // A URL the browser accepts but Köprü does not (only http and https): the message is the server's, in Turkish.
  await page.getByTestId("field-seller_id").fill(TRENDYOL_FAKE.sellerId);
  await page.getByTestId("field-api_key").fill(TRENDYOL_FAKE.apiKey);
  await page.getByTestId("field-api_secret").fill(TRENDYOL_FAKE.apiSecret);
  await page.getByTestId("field-base_url").fill("ftp://example.com");
  await page.getByRole("button", { name: "Kaydet", exact: true }).click();
  await expect(page.getByText(/https:\/\/ ile başlayan geçerli bir adres/).first()).toBeVisible();
  await expectNoEnglish(page, "the Trendyol settings with a bad URL");

  await saveIntegration(page, {
    id: "trendyol",
    name: "Trendyol",
    isActive: false,
    fields: {
      seller_id: TRENDYOL_FAKE.sellerId,
      api_key: TRENDYOL_FAKE.apiKey,
      api_secret: "not-the-secret",
      base_url: TRENDYOL_FAKE_URL,
      cargo_company_id: TRENDYOL_FAKE.cargoCompanyId,
      // No default brand or category: products cannot be sent, which the sync below relies on.
      default_brand_id: "",
      default_category_id: "",
    },
  });
  await page.getByTestId("test-connection").getByRole("button", { name: "Bağlantıyı test et" }).click();
  await expect(page.getByTestId("test-connection-result")).toContainText("Bağlantı kurulamadı");
  await expectNoEnglish(page, "the failed connection test");
  await saveIntegration(page, {
    id: "trendyol",
    name: "Trendyol",
    isActive: false,
    fields: { api_secret: TRENDYOL_FAKE.apiSecret },
  });
});

test("a sync in which every item fails is failed, red, and says why in Turkish", async ({ page }) => {
  test.setTimeout(120_000);
  await ensureAdmin(page);
  await page.goto("/products");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "CSV içe aktar" }).click();
  const dialog = page.getByRole("dialog", { name: "Ürünleri CSV'den içe aktar" });
  const csv = [
    "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock",
    `E2E-TR-${Date.now()},869${String(Date.now()).slice(-10)},Şahin Tişört,Köprü,Giyim,20,299.90,249.90,10`,
  ].join("\n");
  await dialog
    .getByLabel("CSV dosyası")
    .setInputFiles({ name: "tr.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await dialog.getByRole("button", { name: "İçe aktar", exact: true }).click();
  await expect(dialog.getByTestId("import-failed")).toHaveText("0");
  await dialog.getByRole("button", { name: "Kapat" }).click();

  await saveIntegration(page, { id: "trendyol", name: "Trendyol", isActive: true, fields: {} });
  const panel = page.getByTestId("sync-now");
  await panel.getByLabel("Senkronizasyon türü").selectOption("products_out");
  await panel.getByRole("button", { name: "Şimdi senkronize et" }).click();
  const progress = panel.getByTestId("sync-run-progress");
  await expect(progress).toHaveAttribute("data-status", /^(succeeded|failed)$/, { timeout: 60_000 });
  // Products other stories left in the shared catalog may go live in that run; retrying only its failed items gives a
  // run in which every item fails (no brand/category mapping, no defaults).
  const firstRunId = await progress.getAttribute("data-run-id");
  const retry = await page.request.post(`/api/sync-runs/${firstRunId}/retry`, { data: { only_failed_items: true } });
  expect(retry.status(), await retry.text()).toBe(202);
  const { run_id: runId } = (await retry.json()) as { run_id: number };
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/sync-runs/${runId}`)).json()) as { run: { status: string } }).run.status,
      { timeout: 60_000 },
    )
    .toMatch(/^(succeeded|failed)$/);
  await page.goto(`/logs/syncs/${runId}`);
  await expect(page.getByTestId("sync-status")).toHaveText("Başarısız");
  await expect(page.getByTestId("sync-progress")).toHaveAttribute("data-tone", "failed");
  await expect(page.getByText(/kaydın tamamı başarısız oldu/).first()).toBeVisible();
  await expect(page.getByText(/Trendyol markası ve kategorisi eşleştirin/).first()).toBeVisible();
  await expectNoEnglish(page, "the failed sync run");

  // (The card shows the latest run of any kind; scheduled runs started by the activation may finish after ours.)
  await page.goto("/integrations");
  await expect(page.getByTestId("integration-card-trendyol").getByTestId("last-sync")).toContainText(
    "Son senkronizasyon",
  );
  await expectNoEnglish(page, "the integrations page");
  // Leave Trendyol as other stories expect it: inactive, with its defaults.
  await saveIntegration(page, {
    id: "trendyol",
    name: "Trendyol",
    isActive: false,
    fields: { default_brand_id: TRENDYOL_FAKE.brandId, default_category_id: TRENDYOL_FAKE.categoryId },
  });
});

test("a webhook Köprü cannot process says so in Turkish, on its page and in the log", async ({ page }) => {
  await ensureAdmin(page);
  const configured = await page.request.post("/api/integrations/stripe/config", {
    data: {
      is_active: true,
      secret_key: STRIPE_FAKE.secretKey,
      publishable_key: STRIPE_FAKE.publishableKey,
      webhook_secret: STRIPE_FAKE.webhookSecret,
      base_url: STRIPE_FAKE_URL,
    },
  });
  expect(configured.ok(), await configured.text()).toBe(true);
  const body = `<xml>not json ${Date.now()}</xml>`;
  const delivered = await page.request.post("/api/integrations/webhook/stripe", {
    headers: { "stripe-signature": stripeSignature(body, STRIPE_FAKE.webhookSecret), "content-type": "text/plain" },
    data: body,
  });
  expect(delivered.status()).toBe(200);
  const { id } = (await delivered.json()) as { id: number };
  await page.goto(`/logs/webhooks/${id}`);
  await expect(page.getByTestId("webhook-error")).toContainText("beklediği biçimde değil", { timeout: 20_000 });
  await expect(page.getByTestId("webhook-timeline")).toContainText("beklediği biçimde değil");
  await expectNoEnglish(page, "the failed webhook event");
  await page.goto("/logs/webhooks");
  await expectNoEnglish(page, "the webhook log");
  expect((await page.request.post("/api/integrations/stripe/config", { data: { is_active: false } })).ok()).toBe(true);
});

test("the audit log reads as Turkish sentences", async ({ page }) => {
  await ensureAdmin(page);
  await page.goto("/settings/audit");
  await expect(
    page
      .getByTestId("audit-sentence")
      .filter({ hasText: /Trendyol'un .* değiştirdi/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId("audit-sentence").filter({ hasText: "oturum açtı" }).first()).toBeVisible();
  await expectNoEnglish(page, "the audit log");
});
