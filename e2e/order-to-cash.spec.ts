import { expect, test, type Page } from "@playwright/test";
import { ensureAdmin } from "./console-helpers";
import { ARAS_FAKE, ARAS_FAKE_URL, LUCA_FAKE, LUCA_FAKE_URL } from "./o2c-fakes";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// Order to cash, end to end: Trendyol packages imported by orders_in become Aras shipments by the merchant's rule; the
// waybill goes back to Trendyol; on delivery Luca issues the e-Arşiv invoice and its link goes back to Trendyol. Then
// Luca is made to refuse an invoice, the failure shows on the order, and once fixed it is retried from that step.

const trendyolHeaders = {
  authorization: `Basic ${Buffer.from(`${TRENDYOL_FAKE.apiKey}:${TRENDYOL_FAKE.apiSecret}`).toString("base64")}`,
  "user-agent": `${TRENDYOL_FAKE.sellerId} - SelfIntegration`,
};
const ALL_STEPS = [
  "imported",
  "paid",
  "shipment_created",
  "tracking_sent",
  "delivered",
  "invoice_issued",
  "invoice_link_sent",
  "accounting_posted",
];

async function configure(page: Page, id: string, data: Record<string, unknown>) {
  const answer = await page.request.post(`/api/integrations/${id}/config`, { data: { is_active: true, ...data } });
  expect(answer.ok(), await answer.text()).toBe(true);
}

/** Runs orders_in until every package shows up as an order; returns their ids by order number. */
async function importOrders(page: Page, numbers: string[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  await expect
    .poll(
      async () => {
        for (const number of numbers.filter((n) => !ids[n])) {
          const { items } = (await (await page.request.get(`/api/orders?q=${number}`)).json()) as {
            items: { id: number }[];
          };
          if (items[0]) ids[number] = items[0].id;
        }
        if (Object.keys(ids).length < numbers.length)
          await page.request.post("/api/integrations/trendyol/sync", { data: { kind: "orders_in" } });
        return Object.keys(ids).length;
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(numbers.length);
  return ids;
}

async function shipmentCode(page: Page, orderId: number): Promise<string> {
  let code: string | null = null;
  await expect
    .poll(
      async () => {
        const { steps } = (await (await page.request.get(`/api/orders/${orderId}/timeline`)).json()) as {
          steps: { step: string; status: string; reference: string | null }[];
        };
        const step = steps.find((entry) => entry.step === "shipment_created");
        code = step?.status === "done" ? step.reference : null;
        return code;
      },
      { timeout: 30_000 },
    )
    .not.toBeNull();
  return code!;
}

const stepItem = (page: Page, step: string) => page.getByTestId(`step-${step}`);

test("an imported Trendyol order goes from Aras shipment to Luca invoice, and a failed step is retried", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await ensureAdmin(page);
  await configure(page, "trendyol", {
    seller_id: TRENDYOL_FAKE.sellerId,
    api_key: TRENDYOL_FAKE.apiKey,
    api_secret: TRENDYOL_FAKE.apiSecret,
    base_url: TRENDYOL_FAKE_URL,
  });
  await configure(page, "aras", {
    username: ARAS_FAKE.username,
    password: ARAS_FAKE.password,
    customer_code: ARAS_FAKE.customerCode,
    query_username: ARAS_FAKE.queryUsername,
    query_password: ARAS_FAKE.queryPassword,
    base_url: `${ARAS_FAKE_URL}/arascargoservice/arascargoservice.asmx`,
    query_url: `${ARAS_FAKE_URL}/ArasCargoIntegrationService.svc`,
  });
  await configure(page, "luca", {
    member_number: LUCA_FAKE.memberNumber,
    username: LUCA_FAKE.username,
    password: LUCA_FAKE.password,
    einvoice_username: LUCA_FAKE.einvoiceUser,
    einvoice_password: LUCA_FAKE.einvoicePassword,
    einvoice_url: LUCA_FAKE_URL,
    base_url: `${LUCA_FAKE_URL}/Yetki/`,
  });

  // The merchant's rules, set on the settings page.
  await page.goto("/settings/order-to-cash");
  await page.getByLabel("Aras gönderisini oluştur").selectOption({ label: "Sipariş alındığında" });
  await page.getByLabel("Faturayı kes").selectOption({ label: "Kargo teslim edildiğinde" });
  await page.getByLabel("Takip numarasını pazaryerine kendiliğinden gönder").check();
  await page.getByLabel("Fatura bağlantısını pazaryerine kendiliğinden gönder").check();
  await page.getByRole("button", { name: "Kaydet", exact: true }).click();
  await expect(page.getByText("Kurallar kaydedildi.")).toBeVisible();

  const seeded = await page.request.post(`${TRENDYOL_FAKE_URL}/__fake/packages`, {
    headers: trendyolHeaders,
    data: { status: "Created", count: 2, phone: "05321112233" },
  });
  const [first, second] = (await seeded.json()) as { shipmentPackageId: number; orderNumber: string }[];
  const ids = await importOrders(page, [first!.orderNumber, second!.orderNumber]);
  const firstId = ids[first!.orderNumber]!;
  const secondId = ids[second!.orderNumber]!;

  // Imported → the Aras shipment is created by the rule, once per order.
  const firstCode = await shipmentCode(page, firstId);
  const secondCode = await shipmentCode(page, secondId);
  const arasState = async () =>
    (await (await page.request.get(`${ARAS_FAKE_URL}/__fake/state`)).json()) as {
      calls: Record<string, number>;
    };
  expect((await arasState()).calls.SetOrder).toBe(2);

  // The branch cuts the waybill and the parcel is delivered; "check tracking now" reads it at once.
  await page.request.post(`${ARAS_FAKE_URL}/__fake/advance`, { data: { code: firstCode, durum: "6" } });
  await page.goto(`/orders/${firstId}`);
  const timeline = page.getByTestId("order-timeline");
  await expect(stepItem(page, "shipment_created")).toHaveAttribute("data-status", "done");
  await timeline.getByRole("button", { name: "Takibi şimdi kontrol et" }).click();
  for (const step of ALL_STEPS)
    await expect(stepItem(page, step), step).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  await expect(stepItem(page, "invoice_issued").getByTestId("step-reference")).toHaveText(/^EAR20\d{11}$/);
  await expect(stepItem(page, "invoice_link_sent").getByTestId("step-reference")).toContainText("/api/invoices/");
  await expect(stepItem(page, "tracking_sent").getByTestId("step-reference")).toHaveText(/^\d{13}$/);
  // The request each step sent is behind a disclosure, without secrets.
  await stepItem(page, "shipment_created").getByText("Gönderilen istek (gizli bilgiler saklı)").click();
  await expect(stepItem(page, "shipment_created").locator("pre")).toContainText(firstCode);
  await expect(timeline).not.toContainText(ARAS_FAKE.password);
  // The invoice link answers the PDF.
  const link = await stepItem(page, "invoice_link_sent").getByTestId("step-reference").innerText();
  const pdf = await page.request.get(link);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // Replaying the whole order creates nothing twice.
  for (const step of ["shipment_created", "tracking_sent", "invoice_issued", "invoice_link_sent"])
    expect((await page.request.post(`/api/orders/${firstId}/steps/${step}/retry`, { data: {} })).ok()).toBe(true);
  const luca = async () =>
    (await (await page.request.get(`${LUCA_FAKE_URL}/__fake/state`)).json()) as {
      invoices: number;
      einvoices: string[];
    };
  expect((await luca()).einvoices).toHaveLength(1);
  expect((await luca()).invoices).toBe(1);
  expect((await arasState()).calls.SetOrder).toBe(2);

  // Luca refuses the second order's invoice; the order shows it, a dry run shows what is left to send.
  await page.request.post(`${LUCA_FAKE_URL}/__fake/einvoice-failure`, {
    data: { message: "Servis geçici olarak kapalı" },
  });
  await page.request.post(`${ARAS_FAKE_URL}/__fake/advance`, { data: { code: secondCode, durum: "6" } });
  await page.goto(`/orders/${secondId}`);
  await page.getByRole("button", { name: "Takibi şimdi kontrol et" }).click();
  const invoiceStep = stepItem(page, "invoice_issued");
  await expect(invoiceStep).toHaveAttribute("data-status", "failed", { timeout: 30_000 });
  await expect(invoiceStep.getByTestId("step-error")).toContainText("Servis geçici olarak kapalı");
  await expect(stepItem(page, "invoice_link_sent")).toHaveAttribute("data-status", "pending");
  await page.getByRole("button", { name: "Deneme çalıştırması" }).click();
  await expect(page.getByTestId("dry-run")).toContainText("Fatura kesildi");

  // Fixed: retried from that step, the invoice is issued and its link follows.
  await page.request.post(`${LUCA_FAKE_URL}/__fake/einvoice-failure`, { data: {} });
  await invoiceStep.getByRole("button", { name: "Bu adımdan yeniden dene" }).click();
  await expect(invoiceStep).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  await expect(stepItem(page, "invoice_link_sent")).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  expect((await luca()).einvoices).toHaveLength(2);

  // Bulk on /orders: both orders already have their shipment, so each reports "already done" and Aras gets nothing.
  await page.goto("/orders");
  await page.getByLabel(`${first!.orderNumber} numaralı siparişi seç`).check();
  await page.getByLabel(`${second!.orderNumber} numaralı siparişi seç`).check();
  const bulk = page.getByTestId("bulk-actions");
  await bulk.getByRole("button", { name: "Gönderileri oluştur" }).click();
  await expect(bulk.getByText("2 siparişten 2 tanesi bitti")).toBeVisible();
  await expect(bulk.getByTestId(`bulk-result-${first!.orderNumber}`)).toHaveAttribute("data-outcome", "existing");
  await expect(bulk.getByTestId(`bulk-result-${second!.orderNumber}`)).toHaveAttribute("data-outcome", "existing");
  expect((await arasState()).calls.SetOrder).toBe(2);
});
