import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";

// One serial story on a fresh database (the webServer command wipes .data/pglite-e2e): each test builds on the last.
test.describe.configure({ mode: "serial" });

const ADMIN = { email: "admin@kopru.test", password: "admin-pass-1234" };
// Invited users get a temporary password and must choose their own at first sign-in.
const VIEWER_TEMPORARY = "viewer-temp-5678";
const VIEWER = { email: "viewer@kopru.test", password: "viewer-own-pass-2468" };
const OPERATOR_TEMPORARY = "operator-temp-9012";
const OPERATOR = { email: "operator@kopru.test", password: "operator-own-pass-1357" };

/** First sign-in with a temporary password: the console stays closed until the user sets their own. */
async function setOwnPasswordAtFirstSignIn(page: Page, email: string, temporary: string, own: string) {
  await page.goto("/login");
  await expect(page.getByTestId("forgot-password")).toContainText("yöneticisinden");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(temporary);
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await page.waitForURL("**/set-password");
  await expect(page.getByRole("heading", { name: "Şifrenizi belirleyin" })).toBeVisible();

  await page.goto("/integrations");
  await page.waitForURL("**/set-password");
  expect((await page.request.get("/api/integrations")).status()).toBe(403);

  await page.getByLabel("Yeni şifre", { exact: true }).fill(own);
  await page.getByLabel("Yeni şifre (tekrar)").fill(`${own}-typo`);
  await page.getByRole("button", { name: "Şifreyi belirle ve devam et" }).click();
  await expect(page.getByText("Şifreler eşleşmiyor.")).toBeVisible();
  await page.getByLabel("Yeni şifre (tekrar)").fill(own);
  await page.getByRole("button", { name: "Şifreyi belirle ve devam et" }).click();
  await page.waitForURL("**/integrations");
  await expect(page.getByTestId("current-user")).toHaveText(email);
  await signOut(page);
}
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
  await dialog.locator('input[name="password"]').fill(VIEWER_TEMPORARY);
  await dialog.getByRole("button", { name: "Davet et" }).click();

  await expect(page.getByText(`${VIEWER.email} davet edildi.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId(`user-row-${VIEWER.email}`);
  await expect(row.getByRole("combobox")).toHaveValue("viewer");
  await signOut(page);

  await setOwnPasswordAtFirstSignIn(page, VIEWER.email, VIEWER_TEMPORARY, VIEWER.password);
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

test("admin creates a read-only API token with an expiry; it can read but not write", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Belirteç oluştur" }).click();
  const dialog = page.getByRole("dialog", { name: "API belirteci oluştur" });
  await dialog.getByLabel("Ad").fill("Rapor betiği");
  await dialog.getByLabel("Kapsam").selectOption("read");
  await dialog.getByLabel("Son kullanma").selectOption("30");
  await dialog.getByRole("button", { name: "Oluştur" }).click();
  const token = await page.getByTestId("created-token").inputValue();
  await page.getByRole("button", { name: "Kopyaladım, kapat" }).click();

  const row = page.getByRole("row", { name: /Rapor betiği/ });
  await expect(row).toContainText("Yalnızca okuma");
  await expect(row).not.toContainText("Süresiz");
  const headers = { authorization: `Bearer ${token}` };
  const context = await playwrightRequest.newContext({ baseURL: page.url(), extraHTTPHeaders: headers });
  expect((await context.get("/api/integrations")).status()).toBe(200);
  expect((await context.post("/api/integrations/trendyol/sync", { data: { kind: "orders_in" } })).status()).toBe(403);
  await context.dispose();
  await signOut(page);
});

test("admin invites an operator, who can sync now but sees no credentials", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Kullanıcı davet et" }).click();
  const dialog = page.getByRole("dialog", { name: "Kullanıcı davet et" });
  await dialog.locator('input[name="email"]').fill(OPERATOR.email);
  await dialog.getByLabel("Rol").selectOption("operator");
  await dialog.locator('input[name="password"]').fill(OPERATOR_TEMPORARY);
  await dialog.getByRole("button", { name: "Davet et" }).click();
  await expect(page.getByTestId(`user-row-${OPERATOR.email}`).getByRole("combobox")).toHaveValue("operator");
  await signOut(page);
  await setOwnPasswordAtFirstSignIn(page, OPERATOR.email, OPERATOR_TEMPORARY, OPERATOR.password);

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

test("a user changes their password on the account page; an admin resets a forgotten one", async ({ page }) => {
  await signIn(page, VIEWER);
  await page.getByRole("link", { name: "Hesabım" }).click();
  await page.waitForURL("**/account");
  await page.getByLabel("Mevcut şifre").fill("not-my-password");
  await page.getByLabel("Yeni şifre", { exact: true }).fill("viewer-next-pass-1122");
  await page.getByLabel("Yeni şifre (tekrar)").fill("viewer-next-pass-1122");
  await page.getByRole("button", { name: "Şifreyi değiştir" }).click();
  await expect(page.getByText("Mevcut şifre doğru değil.").first()).toBeVisible();
  await page.getByLabel("Mevcut şifre").fill(VIEWER.password);
  await page.getByRole("button", { name: "Şifreyi değiştir" }).click();
  await expect(page.getByText("Şifreniz değiştirildi.")).toBeVisible();
  // Still signed in (the form signed in again with the new password).
  await page.reload();
  await expect(page.getByTestId("current-user")).toHaveText(VIEWER.email);
  await signOut(page);

  await signIn(page, ADMIN);
  await page.goto("/settings");
  const row = page.getByTestId(`user-row-${VIEWER.email}`);
  await row.getByRole("button", { name: "Şifreyi sıfırla" }).click();
  await page
    .getByRole("dialog", { name: "Bu kullanıcının şifresi sıfırlansın mı?" })
    .getByRole("button", { name: "Şifreyi sıfırla" })
    .click();
  const temporary = await page.getByTestId("temporary-password").inputValue();
  expect(temporary.length).toBeGreaterThanOrEqual(16);
  await page.getByRole("button", { name: "Kopyaladım, kapat" }).click();
  await signOut(page);

  await setOwnPasswordAtFirstSignIn(page, VIEWER.email, temporary, "viewer-after-reset-3344");
});
