import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin, openIntegration } from "./console-helpers";
import { SHOPIFY_FAKE, SHOPIFY_FAKE_URL } from "./shopify-fake-helpers";

// Shopify connected the way a merchant does it today (a Dev Dashboard app's client id and secret) against the fake:
// a product goes out, an order made in Shopify arrives by webhook, and one that was never pushed by the backfill.
test.describe.configure({ mode: "serial" });

const SKU = "SHOPIFY-E2E-1";

async function runStatus(page: Page, runId: number): Promise<string> {
  const answer = await page.request.get(`/api/sync-runs/${runId}`);
  return ((await answer.json()) as { run: { status: string } }).run.status;
}

/** Runs a sync of `kind` to success; a run of that kind already under way (the schedule's) is let finish first. */
async function runSync(page: Page, kind: string) {
  let runId: number | undefined;
  await expect
    .poll(
      async () => {
        const answer = await page.request.post("/api/integrations/shopify/sync", { data: { kind } });
        const body = (await answer.json()) as { run_id?: number };
        if (answer.status() === 202) runId = body.run_id;
        else if (answer.status() === 409 && body.run_id) await waitForEnd(page, body.run_id);
        return answer.status();
      },
      { timeout: 30_000 },
    )
    .toBe(202);
  await expect.poll(() => runStatus(page, runId!), { timeout: 30_000 }).toBe("succeeded");
}

async function waitForEnd(page: Page, runId: number) {
  await expect.poll(() => runStatus(page, runId), { timeout: 30_000 }).not.toMatch(/^(queued|running)$/);
}

test("connect with a client id and secret, push a product, receive orders by webhook and by backfill", async ({
  page,
}) => {
  await ensureAdmin(page);
  await openIntegration(page, "shopify");
  await expect(page.getByTestId("field-auth_model")).toHaveValue("client_credentials");
  await expect(page.getByTestId("guide-auth_model")).toContainText("Dev Dashboard");
  await expect(page.getByTestId("field-access_token")).toHaveCount(0);
  await page.getByTestId("field-shop_domain").fill("x.myshopify.com");
  await page.getByTestId("field-client_id").fill(SHOPIFY_FAKE.clientId);
  await page.getByTestId("field-client_secret").fill(SHOPIFY_FAKE.clientSecret);
  await page.getByTestId("field-base_url").fill(SHOPIFY_FAKE_URL);
  await page.getByRole("switch", { name: "Entegrasyon etkin" }).check();
  await page.getByRole("button", { name: "Kaydet", exact: true }).click();
  await expect(page.getByText("Shopify ayarları kaydedildi.").first()).toBeVisible();

  const csv = `sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock\n${SKU},8690000000999,E2E Kupa,Köprü,Mutfak,20,149.90,99.90,4`;
  const imported = await page.request.post("/api/products/import", {
    multipart: { file: { name: "p.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  expect(imported.ok()).toBe(true);

  await runSync(page, "products_out");
  const pushed = (await (await fetch(`${SHOPIFY_FAKE_URL}/_fake/products`)).json()) as {
    skus: string[];
    title: string;
  }[];
  expect(pushed.find((product) => product.skus.includes(SKU))).toMatchObject({ title: "E2E Kupa" });

  const byWebhook = (await (
    await fetch(`${SHOPIFY_FAKE_URL}/_fake/orders`, {
      method: "POST",
      body: JSON.stringify({ lines: [{ sku: SKU, quantity: 1, price: "99.90" }], webhook: "orders/create" }),
    })
  ).json()) as { name: string; delivery: number };
  expect(byWebhook.delivery).toBe(200);
  await expect
    .poll(async () => {
      const list = (await (await page.request.get(`/api/orders?q=${encodeURIComponent(byWebhook.name)}`)).json()) as {
        items?: { remoteOrderNumber: string }[];
      };
      return list.items?.some((order) => order.remoteOrderNumber === byWebhook.name) ?? false;
    })
    .toBe(true);

  const missed = (await (
    await fetch(`${SHOPIFY_FAKE_URL}/_fake/orders`, {
      method: "POST",
      body: JSON.stringify({ lines: [{ sku: SKU, quantity: 2, price: "99.90" }] }),
    })
  ).json()) as { name: string };
  await runSync(page, "orders_in");
  await page.goto("/orders");
  await page.getByRole("searchbox", { name: "Ara" }).fill(missed.name);
  await expect(page.getByTestId(`order-row-${missed.name}`)).toBeVisible();
});
