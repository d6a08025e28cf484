import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

// One serial story on a fresh database (the webServer command wipes .data/pglite-e2e): each test builds on the last.
test.describe.configure({ mode: "serial" });

const ADMIN = { email: "admin@kopru.test", password: "admin-pass-1234" };
const VIEWER = { email: "viewer@kopru.test", password: "viewer-temp-5678" };
const OPERATOR = { email: "operator@kopru.test", password: "operator-temp-9012" };
const TRENDYOL = { sellerId: "123456", apiKey: "trendyol-api-key-A1B2", apiSecret: "trendyol-api-secret-Z9Y8" };

test("first run: /setup creates the admin and lands in the console", async ({ page }) => {
  await page.goto("/integrations");
  await page.waitForURL("**/setup");
  await expect(page.getByRole("heading", { name: "İlk kurulum" })).toBeVisible();

  await page.locator('input[name="name"]').fill("Ayşe Yılmaz");
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('input[name="confirm"]').fill(ADMIN.password);
  await page.getByRole("button", { name: "Yönetici hesabını oluştur" }).click();

  await page.waitForURL("**/integrations");
  await expect(page.getByRole("heading", { level: 1, name: "Entegrasyonlar" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText(ADMIN.email);
  await expect(page.getByText("Yönetici", { exact: true })).toBeVisible();
  for (const kind of ["Pazaryerleri", "Ödeme", "Kargo", "ERP ve muhasebe"]) {
    await expect(page.getByRole("heading", { level: 2, name: kind })).toBeVisible();
  }
  await expect(page.getByTestId("integration-card-trendyol")).toContainText("Yapılandırılmadı");

  // Setup closes for good once a user exists.
  await page.goto("/setup");
  await page.waitForURL("**/integrations");
});

test("login rejects a wrong password, then signs in and out", async ({ page }) => {
  await page.goto("/integrations");
  await page.waitForURL("**/login");
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("E-posta veya şifre hatalı.");

  await signIn(page, ADMIN);
  await signOut(page);
  await page.goto("/integrations");
  await page.waitForURL("**/login");
});

test("admin configures Trendyol; the secret comes back masked only", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByTestId("integration-card-trendyol").click();
  await page.waitForURL("**/integrations/trendyol");
  await expect(page.getByTestId("webhook-url")).toHaveValue(/\/api\/integrations\/webhook\/ty$/);

  await page.getByTestId("field-seller_id").fill(TRENDYOL.sellerId);
  await page.getByTestId("field-api_key").fill(TRENDYOL.apiKey);
  await page.getByTestId("field-api_secret").fill(TRENDYOL.apiSecret);
  await page.getByRole("switch", { name: "Entegrasyon etkin" }).check();
  await page.getByRole("button", { name: "Kaydet", exact: true }).click();
  await expect(page.getByText("Trendyol ayarları kaydedildi.")).toBeVisible();

  await page.reload();
  const masked = `••••${TRENDYOL.apiSecret.slice(-4)}`;
  await expect(page.getByTestId("field-api_secret")).toHaveAttribute("placeholder", masked);
  await expect(page.getByTestId("field-api_secret")).toHaveValue("");
  await expect(page.getByText(`Kayıtlı: ${masked}`)).toBeVisible();
  await expect(page.getByTestId("field-seller_id")).toHaveValue(TRENDYOL.sellerId);
  await expect(page.getByRole("switch", { name: "Entegrasyon etkin" })).toBeChecked();
  const html = await page.content();
  expect(html).not.toContain(TRENDYOL.apiSecret);
  expect(html).not.toContain(TRENDYOL.apiKey);

  await page.goto("/integrations");
  await expect(page.getByTestId("integration-card-trendyol")).toContainText("Etkin");
});

test("language switches to English and back, and persists across reloads", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("button", { name: "Türkçe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Entegrasyonlar" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Entegrasyonlar" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
});

test("admin invites a viewer from settings", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Ayarlar" }).click();
  await page.waitForURL("**/settings");
  await expect(page.getByTestId(`user-row-${ADMIN.email}`)).toBeVisible();

  await page.getByRole("button", { name: "Kullanıcı davet et" }).click();
  const dialog = page.getByRole("dialog", { name: "Kullanıcı davet et" });
  await dialog.locator('input[name="email"]').fill(VIEWER.email);
  await dialog.getByLabel("Rol").selectOption("viewer");
  await dialog.locator('input[name="password"]').fill(VIEWER.password);
  await dialog.getByRole("button", { name: "Davet et" }).click();

  await expect(page.getByText(`${VIEWER.email} davet edildi.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId(`user-row-${VIEWER.email}`);
  await expect(row.getByRole("combobox")).toHaveValue("viewer");
  await signOut(page);
});

test("a viewer can look at Trendyol but cannot save it", async ({ page }) => {
  await signIn(page, VIEWER);
  await expect(page.getByText("İzleyici", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ayarlar" })).toHaveCount(0);

  await page.goto("/integrations/trendyol");
  await expect(page.getByTestId("field-seller_id")).toHaveValue(TRENDYOL.sellerId);
  await expect(page.getByTestId("field-seller_id")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Kaydet", exact: true })).toBeDisabled();
  await expect(page.getByTestId("viewer-notice")).toHaveText(/yalnızca yöneticiler değiştirebilir/);
  await expect(page.getByTestId("sync-now").getByRole("button", { name: "Şimdi senkronize et" })).toBeDisabled();

  // The server enforces it too, whatever the page shows.
  const response = await page.request.post("/api/integrations/trendyol/config", { data: { is_active: false } });
  expect(response.status()).toBe(403);

  await page.goto("/settings");
  await page.waitForURL("**/integrations");
  await signOut(page);
});

test("admin invites an operator, who can sync now but sees no credentials", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Kullanıcı davet et" }).click();
  const dialog = page.getByRole("dialog", { name: "Kullanıcı davet et" });
  await dialog.locator('input[name="email"]').fill(OPERATOR.email);
  await dialog.getByLabel("Rol").selectOption("operator");
  await dialog.locator('input[name="password"]').fill(OPERATOR.password);
  await dialog.getByRole("button", { name: "Davet et" }).click();
  await expect(page.getByTestId(`user-row-${OPERATOR.email}`).getByRole("combobox")).toHaveValue("operator");
  await signOut(page);

  await signIn(page, OPERATOR);
  await expect(page.getByText("Operatör", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ayarlar" })).toHaveCount(0);
  await page.goto("/integrations/trendyol");
  // Settings and credentials stay an admin's: read-only, and not even the last characters of a secret are shown.
  await expect(page.getByTestId("field-seller_id")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Kaydet", exact: true })).toBeDisabled();
  await expect(page.getByTestId("field-api_secret")).toHaveAttribute("placeholder", "••••");
  const html = await page.content();
  expect(html).not.toContain(TRENDYOL.apiSecret.slice(-4));
  expect(html).not.toContain(TRENDYOL.apiKey.slice(-4));

  const syncNow = page.getByTestId("sync-now");
  await expect(syncNow.getByRole("button", { name: "Şimdi senkronize et" })).toBeEnabled();
  await syncNow.getByRole("button", { name: "Şimdi senkronize et" }).click();
  await expect(syncNow.getByTestId("sync-run-link")).toBeVisible();

  for (const [path, method] of [
    ["/api/integrations/trendyol/config", "post"],
    ["/api/users", "get"],
    ["/api/tokens", "get"],
    ["/api/settings/alerts", "get"],
  ] as const) {
    const response = await page.request[method](path, method === "post" ? { data: { is_active: false } } : {});
    expect(response.status(), path).toBe(403);
  }
  await page.goto("/settings");
  await page.waitForURL("**/integrations");
  await signOut(page);
});
