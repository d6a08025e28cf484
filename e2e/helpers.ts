import { expect, type Page } from "@playwright/test";

export type Credentials = { email: string; password: string };

/** Signs in through the login form (Turkish is the default language) and waits for the console. */
export async function signIn(page: Page, user: Credentials): Promise<void> {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await page.waitForURL("**/integrations");
  await expect(page.getByTestId("current-user")).toHaveText(user.email);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Çıkış yap" }).click();
  await page.waitForURL("**/login");
}
