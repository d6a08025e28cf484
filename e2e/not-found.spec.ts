import { expect, test } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";

// Detail pages load their record on the server: an id that names nothing is the console's own 404, not an empty page.
test("unknown sync run, webhook event and order ids answer with the console's not-found", async ({ page }) => {
  await ensureAdmin(page);
  const cases = [
    ["/logs/syncs/2147483647", "Bu çalışma bulunamadı", "Senkronizasyon kayıtlarına dön"],
    ["/logs/webhooks/2147483647", "Bu olay bulunamadı", "Webhook kayıtlarına dön"],
    ["/orders/2147483647", "Bu sipariş bulunamadı", "Tüm siparişler"],
    ["/orders/99999999999", "Bu sipariş bulunamadı", "Tüm siparişler"],
    ["/logs/syncs/abc", "Bu çalışma bulunamadı", "Senkronizasyon kayıtlarına dön"],
  ] as const;
  for (const [path, message, back] of cases) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: message })).toBeVisible();
    await expect(page.getByRole("link", { name: back })).toBeVisible();
  }
});
