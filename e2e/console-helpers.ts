import { expect, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/** The admin foundation.spec.ts creates through /setup; other specs reuse it. */
export const ADMIN = { email: "admin@kopru.test", password: "admin-pass-1234" };

/**
 * Signs in as the admin, creating it through /setup first when this spec runs on its own against a fresh database.
 * Makes each spec self-sufficient whatever ran before it.
 */
export async function ensureAdmin(page: Page): Promise<void> {
  await page.goto("/setup");
  await page.waitForURL(/\/(setup|login|integrations)$/);
  if (!page.url().endsWith("/setup")) return signIn(page, ADMIN);
  await page.locator('input[name="name"]').fill("Ayşe Yılmaz");
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('input[name="confirm"]').fill(ADMIN.password);
  await page.getByRole("button", { name: "Yönetici hesabını oluştur" }).click();
  await page.waitForURL("**/integrations");
  await expect(page.getByTestId("current-user")).toHaveText(ADMIN.email);
}

/** Opens an integration page and waits until it is interactive (its form is not submitted natively before hydration). */
export async function openIntegration(page: Page, id: string): Promise<void> {
  await page.goto(`/integrations/${id}`);
  await page.waitForLoadState("networkidle");
}

/** Fills an integration's credential fields (by name) and the activation switch, saves, and waits for the toast. */
export async function saveIntegration(
  page: Page,
  options: { id: string; name: string; fields: Record<string, string>; isActive: boolean },
) {
  if (!page.url().endsWith(`/integrations/${options.id}`)) await openIntegration(page, options.id);
  for (const [field, value] of Object.entries(options.fields)) {
    const input = page.getByTestId(`field-${field}`);
    // Fields with a provider list (Trendyol's cargo companies) are selects.
    if ((await input.evaluate((element) => element.tagName)) === "SELECT") await input.selectOption(value);
    else await input.fill(value);
  }
  const toggle = page.getByRole("switch", { name: "Entegrasyon etkin" });
  if (options.isActive) await toggle.check();
  else await toggle.uncheck();
  await page.getByRole("button", { name: "Kaydet", exact: true }).click();
  await expect(page.getByText(`${options.name} ayarları kaydedildi.`).first()).toBeVisible();
}
