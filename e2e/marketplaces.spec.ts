import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";
import { HEPSIBURADA_CONTROL_URL, HEPSIBURADA_FAKE, HEPSIBURADA_FAKE_URL } from "./hepsiburada-fake-helpers";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// Issue 9's cross-channel story against the Trendyol and Hepsiburada fakes: one product matched to a Trendyol category
// with its attributes in the matching screen and sent there, its price and stock sent to its Hepsiburada listing, an
// order from each marketplace side by side on /orders, and Hepsiburada's webhooks walking its order to delivered.
test.describe.configure({ mode: "serial" });

const SKU = "E2E-MP-1";
const CATEGORY = "E2E Kupalar";
const HB_ORDER = "4300009001";
const trendyolHeaders = {
  authorization: `Basic ${Buffer.from(`${TRENDYOL_FAKE.apiKey}:${TRENDYOL_FAKE.apiSecret}`).toString("base64")}`,
  "user-agent": `${TRENDYOL_FAKE.sellerId} - SelfIntegration`,
};

type OrderRow = { id: number; remoteOrderNumber: string; integrationId: string; status: string };
async function findOrders(page: Page, q: string): Promise<OrderRow[]> {
  const answer = await page.request.get(`/api/orders?q=${encodeURIComponent(q)}`);
  return ((await answer.json()) as { items: OrderRow[] }).items;
}

async function runSync(page: Page, integration: string, kind: string) {
  // 409 while a run of that kind is under way: that run (or the next) does the work.
  await page.request.post(`/api/integrations/${integration}/sync`, { data: { kind } });
}

test("import the product, seed its Hepsiburada listing, configure both marketplaces", async ({ page }) => {
  await ensureAdmin(page);
  const csv = [
    "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock",
    `${SKU},8690000009001,Seramik Kupa Beyaz 350 ml,Köprü,${CATEGORY},20,149.90,129.90,12`,
  ].join("\n");
  const imported = await page.request.post("/api/products/import", {
    headers: { "content-type": "text/csv" },
    data: csv,
  });
  expect(imported.ok()).toBe(true);
  await expect(imported.text()).resolves.toContain('"inserted":1');
  // Seeded before activation: the first Hepsiburada run reads the listings (then hourly) and links this one.
  const seeded = await page.request.post(`${HEPSIBURADA_CONTROL_URL}/listings`, {
    data: [{ merchantSku: SKU, hepsiburadaSku: "HBCV0000009001", price: 100, availableStock: 0 }],
  });
  expect(seeded.ok()).toBe(true);
  const trendyol = await page.request.post("/api/integrations/trendyol/config", {
    data: {
      is_active: true,
      seller_id: TRENDYOL_FAKE.sellerId,
      api_key: TRENDYOL_FAKE.apiKey,
      api_secret: TRENDYOL_FAKE.apiSecret,
      base_url: TRENDYOL_FAKE_URL,
      default_brand_id: "",
      default_category_id: "",
    },
  });
  expect(trendyol.ok()).toBe(true);
  const hepsiburada = await page.request.post("/api/integrations/hepsiburada/config", {
    data: {
      is_active: true,
      merchant_id: HEPSIBURADA_FAKE.merchantId,
      service_key: HEPSIBURADA_FAKE.serviceKey,
      developer_username: HEPSIBURADA_FAKE.developerUsername,
      webhook_username: HEPSIBURADA_FAKE.webhookUsername,
      webhook_password: HEPSIBURADA_FAKE.webhookPassword,
      base_url: HEPSIBURADA_FAKE_URL,
    },
  });
  expect(hepsiburada.ok()).toBe(true);
});

test("the product's Trendyol category and attributes are matched in the matching screen, then it is sent", async ({
  page,
}) => {
  await ensureAdmin(page);
  await page.goto("/products/matching");
  await page.getByRole("tab", { name: "Trendyol" }).click();
  await page.getByRole("button", { name: "Kategori ve markaları yenile" }).click();
  await expect(page.getByText("Kategori ve markalar henüz alınmadı")).toHaveCount(0);
  const row = page.getByTestId(`matching-category-${CATEGORY}`);
  await expect(row).toContainText("Eşlenmedi");
  // The product is listed first among those needing attention.
  await expect(page.getByRole("link", { name: new RegExp(SKU) })).toBeVisible();
  await row.getByRole("button", { name: "Eşle" }).click();
  const editor = page.getByTestId("category-match-editor");
  await editor.getByLabel("Pazaryeri kategorisi (en alt)").fill("kupa");
  await editor.getByRole("button", { name: "Ev & Yaşam › Sofra › Kupa & Bardak" }).click();
  await editor.getByLabel("Marka").fill("paşa");
  await editor.getByRole("button", { name: "Paşabahçe" }).click();
  await editor.getByLabel("Renk").selectOption({ label: "Beyaz" });
  await editor.getByLabel("Hacim").fill("350 ml");
  await editor.getByRole("button", { name: "Eşleşmeyi kaydet" }).click();
  await expect(editor.getByText("Kaydedildi.")).toBeVisible();
  await expect(row).toContainText("Kupa & Bardak");
  await expect(page.getByRole("link", { name: new RegExp(SKU) })).toHaveCount(0);

  const [product] = ((await (await page.request.get(`/api/products?q=${SKU}`)).json()) as { items: { id: number }[] })
    .items;
  await expect
    .poll(
      async () => {
        const detail = (await (await page.request.get(`/api/products/${product!.id}`)).json()) as {
          listings: { integration_id: string; remote_status: string }[];
        };
        const status = detail.listings.find((listing) => listing.integration_id === "trendyol")?.remote_status;
        if (status !== "active") await runSync(page, "trendyol", "products_out");
        return status;
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe("active");
});

test("its price and stock reach its Hepsiburada listing", async ({ page }) => {
  await ensureAdmin(page);
  await expect
    .poll(
      async () => {
        const listing = (await (await page.request.get(`${HEPSIBURADA_CONTROL_URL}/listings/${SKU}`)).json()) as {
          price: number;
          availableStock: number;
        };
        if (listing.availableStock !== 12) await runSync(page, "hepsiburada", "stock_price_out");
        return [listing.price, listing.availableStock];
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toEqual([129.9, 12]);
});

test("an order from each marketplace shows side by side; Hepsiburada's webhooks walk its order to delivered", async ({
  page,
}) => {
  await ensureAdmin(page);
  const packages = await page.request.post(`${TRENDYOL_FAKE_URL}/__fake/packages`, {
    headers: trendyolHeaders,
    data: { status: "Created" },
  });
  const [trendyolPackage] = (await packages.json()) as { orderNumber: string }[];
  await page.request.post(`${HEPSIBURADA_CONTROL_URL}/lines`, { data: { orderNumber: HB_ORDER, merchantSku: SKU } });

  const stage = async (expected: string) => {
    const answer = await page.request.post(`${HEPSIBURADA_CONTROL_URL}/orders/${HB_ORDER}/next`);
    expect(await answer.json()).toMatchObject({ stage: expected, pending: 0 });
  };
  const hbStatus = async () => (await findOrders(page, HB_ORDER))[0]?.status ?? null;

  await stage("ordered"); // POST /orders: the app queues an orders sync that reads the open lines
  await expect.poll(hbStatus, { timeout: 60_000, intervals: [1_000] }).toBe("created");
  await expect
    .poll(
      async () => {
        const found = await findOrders(page, trendyolPackage!.orderNumber);
        if (found.length === 0) await runSync(page, "trendyol", "orders_in");
        return found.length;
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(1);

  await page.goto("/orders");
  await expect(page.getByTestId(`order-row-${HB_ORDER}`)).toContainText("Hepsiburada");
  await expect(page.getByTestId(`order-row-${trendyolPackage!.orderNumber}`)).toContainText("Trendyol");
  await page.getByLabel("Pazaryeri").selectOption({ label: "Hepsiburada" });
  await expect(page.getByTestId(`order-row-${trendyolPackage!.orderNumber}`)).toHaveCount(0);
  await expect(page.getByTestId(`order-row-${HB_ORDER}`)).toBeVisible();

  await stage("packed"); // POST /packages: the package replaces the open lines
  await expect.poll(hbStatus, { timeout: 60_000, intervals: [1_000] }).toBe("picking");
  await stage("in_transit"); // PUT /packages/{n}/intransit: the package is re-read
  await expect.poll(hbStatus, { timeout: 60_000, intervals: [1_000] }).toBe("shipped");
  await stage("delivered");
  await expect.poll(hbStatus, { timeout: 60_000, intervals: [1_000] }).toBe("delivered");
  const [order] = await findOrders(page, HB_ORDER);
  await page.goto(`/orders/${order!.id}`);
  await expect(page.getByText("Teslim edildi").first()).toBeVisible();
});
