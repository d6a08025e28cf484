import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// A return request (Trendyol claim) on a delivered package: seeded in the fake, imported by the orders sync with its
// package, then approved and rejected (with one of Trendyol's reasons) from the order page.

const fakeHeaders = {
  authorization: `Basic ${Buffer.from(`${TRENDYOL_FAKE.apiKey}:${TRENDYOL_FAKE.apiSecret}`).toString("base64")}`,
  "user-agent": `${TRENDYOL_FAKE.sellerId} - SelfIntegration`,
};

async function seedClaim(page: Page) {
  const packages = await page.request.post(`${TRENDYOL_FAKE_URL}/__fake/packages`, {
    headers: fakeHeaders,
    data: { status: "Delivered" },
  });
  const [pkg] = (await packages.json()) as { shipmentPackageId: number; orderNumber: string }[];
  const claim = await page.request.post(`${TRENDYOL_FAKE_URL}/__fake/claims`, {
    headers: fakeHeaders,
    data: { shipmentPackageId: pkg!.shipmentPackageId },
  });
  expect(claim.ok()).toBe(true);
  return pkg!;
}

/** Runs orders_in now (or lets the one under way finish) until the order shows up; returns its id. */
async function importOrder(page: Page, orderNumber: string): Promise<number> {
  const find = async () => {
    const answer = await page.request.get(`/api/orders?q=${orderNumber}`);
    const { items } = (await answer.json()) as { items: { id: number }[] };
    if (items[0]) return items[0].id;
    await page.request.post("/api/integrations/trendyol/sync", { data: { kind: "orders_in" } });
    return null;
  };
  let id: number | null = null;
  await expect.poll(async () => (id = await find()), { timeout: 60_000, intervals: [2_000] }).not.toBeNull();
  return id!;
}

test("a Trendyol return request is imported with its order, approved and rejected from the order page", async ({
  page,
}) => {
  await ensureAdmin(page);
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
  const pkg = await seedClaim(page);
  const orderId = await importOrder(page, pkg.orderNumber);
  // Claims are imported by the same run, right after the packages.
  await expect
    .poll(async () => ((await (await page.request.get(`/api/orders/${orderId}/claims`)).json()) as unknown[]).length, {
      timeout: 30_000,
      intervals: [1_000],
    })
    .toBe(1);

  await page.goto(`/orders/${orderId}`);
  const claims = page.getByTestId("order-claims");
  await expect(claims).toBeVisible();
  const items = claims.locator('li[data-testid^="claim-item-"]');
  await expect(items).toHaveCount(2);
  await expect(items.first().getByTestId("claim-item-status")).toHaveText("Sizi bekliyor");

  await items.first().getByRole("button", { name: "Onayla" }).click();
  const confirm = page.getByRole("dialog");
  await confirm.getByRole("button", { name: "Onayla" }).click();
  await expect(items.first().getByTestId("claim-item-status")).toHaveText("Onaylandı");
  await expect(items.first().getByRole("button", { name: "Onayla" })).toHaveCount(0);

  await items.nth(1).getByRole("button", { name: "Reddet" }).click();
  const dialog = page.getByRole("dialog", { name: "İadeyi reddet" });
  await dialog.getByLabel("Neden (pazaryerinin listesinden)").selectOption({ label: "İade paketi boş geldi" });
  await dialog.getByLabel("Pazaryerine açıklama").fill("Kutu boş teslim edildi");
  await dialog.getByRole("button", { name: "Reddet" }).click();
  await expect(items.nth(1).getByTestId("claim-item-status")).toHaveText("Reddedildi, inceleniyor");
});
