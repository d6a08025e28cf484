import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin, openIntegration, saveIntegration } from "./console-helpers";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// One serial story against the Trendyol fake (second webServer): products in, a sync that fails on missing mappings,
// the fix on the integration page, "Retry failed items", and the listings live on /products.
test.describe.configure({ mode: "serial" });

const SKUS = ["E2E-SYNC-1", "E2E-SYNC-2", "E2E-SYNC-3"] as const;
const HEADER = "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock";
const ROWS = {
  first: "E2E-SYNC-1,8690000000011,Pamuklu Tişört,Köprü,Giyim,20,299.90,249.90,10",
  second: "E2E-SYNC-2,8690000000028,Seramik Kupa 350 ml,Köprü,Mutfak,20,129.90,99.90,25",
  belowSale: "E2E-SYNC-3,8690000000035,Yün Atkı,Köprü,Aksesuar,20,299.00,349.00,5",
  fixed: "E2E-SYNC-3,8690000000035,Yün Atkı,Köprü,Aksesuar,20,399.00,349.00,5",
};
const UNMAPPED = "Map a Trendyol brand and category (or set defaults on the integration) before sending";

async function importCsv(page: Page, rows: string[]) {
  const dialog = page.getByRole("dialog", { name: "Ürünleri CSV'den içe aktar" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "CSV içe aktar" }).click();
  await dialog.getByLabel("CSV dosyası").setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, ...rows].join("\n")) });
  await dialog.getByRole("button", { name: "İçe aktar", exact: true }).click();
  return dialog;
}

/**
 * The scheduler's first pass after Trendyol is activated queues a products_out run of its own (within a minute); let it
 * come and finish first, so it can neither answer our "Sync now" with 409 nor push the products before our retry does.
 */
async function waitForSchedulerPass(page: Page) {
  const settled = async () => {
    const answer = await page.request.get("/api/sync-runs?integration=trendyol&kind=products_out");
    const { items } = (await answer.json()) as { items: { trigger: string; status: string }[] };
    return items.some((run) => run.trigger === "schedule") && items.every((run) => run.status !== "queued" && run.status !== "running");
  };
  await expect.poll(settled, { timeout: 90_000, intervals: [1_000] }).toBe(true);
}

/** Waits for the run the panel follows to finish (the bar full) and returns its id. */
async function waitForRunEnd(page: Page): Promise<string> {
  const progress = page.getByTestId("sync-run-progress");
  await expect(progress).toHaveAttribute("data-status", /^(succeeded|failed)$/, { timeout: 45_000 });
  await expect(page.getByTestId("sync-progress")).toHaveAttribute("aria-valuenow", "100");
  return (await progress.getAttribute("data-run-id")) ?? "";
}

test("the CSV import refuses a list price below the sale price; the fixed row goes in", async ({ page }) => {
  await ensureAdmin(page);
  await page.goto("/products");
  await page.waitForLoadState("networkidle");
  const dialog = await importCsv(page, [ROWS.first, ROWS.second, ROWS.belowSale]);
  await expect(dialog.getByTestId("import-failed")).toHaveText("1");
  await expect(dialog.getByRole("row", { name: /list_price/ })).toContainText("Liste fiyatı satış fiyatından düşük olamaz");

  await dialog.getByRole("button", { name: "Başka bir dosya aktar" }).click();
  await importCsv(page, [ROWS.fixed]);
  await expect(dialog.getByTestId("import-failed")).toHaveText("0");
  await dialog.getByRole("button", { name: "Kapat" }).click();
  for (const sku of SKUS) await expect(page.getByTestId(`product-row-${sku}`)).toBeVisible();
});

test("Trendyol against the fake: the connection test names a wrong secret, then passes", async ({ page }) => {
  await ensureAdmin(page);
  await expect(page.getByTestId("runner-mode")).toHaveText(/Gömülü işleyici/);
  await saveIntegration(page, {
    id: "trendyol",
    name: "Trendyol",
    isActive: true,
    fields: {
      seller_id: TRENDYOL_FAKE.sellerId,
      api_key: TRENDYOL_FAKE.apiKey,
      api_secret: "not-the-secret",
      base_url: TRENDYOL_FAKE_URL,
      cargo_company_id: TRENDYOL_FAKE.cargoCompanyId,
      default_brand_id: "",
      default_category_id: "",
    },
  });
  const test = page.getByTestId("test-connection");
  await test.getByRole("button", { name: "Bağlantıyı test et" }).click();
  await expect(page.getByTestId("test-connection-result")).toContainText("Bağlantı kurulamadı");
  await expect(page.getByTestId("test-connection-result")).toContainText("API key veya secret hatalı");

  await saveIntegration(page, { id: "trendyol", name: "Trendyol", isActive: true, fields: { api_secret: TRENDYOL_FAKE.apiSecret } });
  await test.getByRole("button", { name: "Bağlantıyı test et" }).click();
  await expect(page.getByTestId("test-connection-result")).toHaveText(/Bağlantı başarılı · \d+ ms/);
});

test("Sync now fails every product on missing mappings; after the fix, Retry failed items lists them", async ({ page }) => {
  test.setTimeout(210_000);
  await ensureAdmin(page);
  await waitForSchedulerPass(page);
  await openIntegration(page, "trendyol");
  const panel = page.getByTestId("sync-now");
  await panel.getByLabel("Senkronizasyon türü").selectOption("products_out");
  await panel.getByRole("button", { name: "Şimdi senkronize et" }).click();
  const firstRun = await waitForRunEnd(page);
  await expect(page.getByTestId("sync-status")).toHaveText("Hatalarla tamamlandı");

  await panel.getByTestId("sync-run-link").click();
  await page.waitForURL(`**/logs/syncs/${firstRun}`);
  await page.getByLabel("Yalnızca hatalılar").check();
  for (const sku of SKUS) {
    const item = page.getByTestId(`sync-item-${sku}`);
    await expect(item).toHaveAttribute("data-result", "failed");
    await expect(item).toContainText(UNMAPPED);
  }

  // The fix: default brand and category on the integration, then retry only what failed.
  await saveIntegration(page, {
    id: "trendyol",
    name: "Trendyol",
    isActive: true,
    fields: { default_brand_id: TRENDYOL_FAKE.brandId, default_category_id: TRENDYOL_FAKE.categoryId },
  });
  await page.goto(`/logs/syncs/${firstRun}`);
  await page.getByRole("button", { name: /Hatalı kayıtları yeniden dene/ }).click();
  const confirm = page.getByRole("dialog", { name: "Hatalı kayıtlar yeniden denensin mi?" });
  await confirm.getByRole("button", { name: /Hatalı kayıtları yeniden dene/ }).click();
  await page.waitForURL((url) => /\/logs\/syncs\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${firstRun}`));
  await expect(page.getByTestId("sync-run-progress")).toHaveAttribute("data-status", "succeeded", { timeout: 45_000 });
  await expect(page.getByTestId("sync-status")).toHaveText("Tamamlandı");
  await expect(page.getByText(`#${firstRun}`, { exact: true })).toBeVisible();
  for (const sku of SKUS) await expect(page.getByTestId(`sync-item-${sku}`)).toHaveAttribute("data-result", "succeeded");

  await page.goto("/products");
  for (const sku of SKUS) await expect(page.getByTestId(`product-row-${sku}`)).toContainText("Trendyol · Yayında");
});

test("the console refuses inline what Trendyol would refuse: a list price below the sale price", async ({ page }) => {
  await ensureAdmin(page);
  await page.goto("/products");
  await page.waitForLoadState("networkidle");
  const row = page.getByTestId("product-row-E2E-SYNC-1");
  await row.getByRole("button", { name: /Liste fiyatı düzenle/ }).click();
  const input = row.getByRole("textbox", { name: "Liste fiyatı" });
  await input.fill("199,90");
  await input.press("Enter");
  await expect(row.getByRole("alert")).toContainText("Liste fiyatı satış fiyatından");
  await input.fill("319,90");
  await input.press("Enter");
  await expect(page.getByText("E2E-SYNC-1 güncellendi").first()).toBeVisible();
  await expect(row.getByRole("button", { name: /Liste fiyatı düzenle/ })).toContainText("319,90");
});
