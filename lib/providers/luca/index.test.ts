import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isEttn, isInvoiceNumber, newEttn } from "@/lib/einvoice/invoice-number";
import { ANONYMOUS_CONSUMER_TCKN } from "@/lib/einvoice/tax-id";
import type { ProviderError } from "@/lib/errors";
import type { EInvoiceInput, ErpCustomer } from "@/lib/providers/erp";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { lucaCredentialsSchema } from "./config";
import { startLucaFake, type LucaFake } from "./fake-server";
import { createLucaErp } from "./index";

const LOGIN = {
  memberNumber: "10042",
  username: "Admin",
  password: "şifre&1",
  einvoiceUser: "4540536920",
  einvoicePassword: "e-şifre",
};
const REGISTERED_VKN = "1234567890";

let fake: LucaFake;
let clock = new Date("2026-11-29T10:00:00Z");
beforeAll(async () => {
  fake = await startLucaFake({ ...LOGIN, registeredUsers: [REGISTERED_VKN], now: () => clock });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  clock = new Date("2026-11-29T10:00:00Z");
});

function erp(overrides: Record<string, string> = {}) {
  const credentials = lucaCredentialsSchema.parse({
    member_number: LOGIN.memberNumber,
    username: LOGIN.username,
    password: LOGIN.password,
    base_url: fake.kozaUrl,
    einvoice_username: LOGIN.einvoiceUser,
    einvoice_password: LOGIN.einvoicePassword,
    einvoice_url: fake.baseUrl,
    ...overrides,
  });
  return createLucaErp({ credentials, fetch: createProviderFetch({ provider: "luca" }), now: () => clock });
}

const customer = (overrides: Partial<ErpCustomer> = {}): ErpCustomer => ({
  code: "M-1001",
  name: "Şule Ağaoğlu İnşaat",
  taxNumber: "17291716060",
  taxOffice: "Kadıköy",
  email: "sule@example.com",
  phone: "5321112233",
  address: "Moda Cad. No: 5, Kadıköy",
  city: "İstanbul",
  ...overrides,
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error as ProviderError,
  );

describe("Luca Koza against the fake", () => {
  it("logs in, selects the only branch, and keeps Turkish text intact", async () => {
    const adapter = erp();
    await adapter.testConnection();
    expect(await adapter.upsertCustomer(customer())).toMatchObject({ outcome: "created" });
    expect(fake.customers.get("M-1001")).toMatchObject({ tanim: "Şule Ağaoğlu İnşaat", ad: "Şule", il: "İstanbul" });
  });

  it("a second upsert finds the customer and stock card by code: nothing created twice", async () => {
    const adapter = erp();
    await adapter.upsertCustomer(customer());
    expect(await adapter.upsertCustomer(customer())).toMatchObject({ outcome: "unchanged" });
    const card = { code: "SKU-1", name: "Çaydanlık", barcode: "8690000000011", vatRate: 20, unit: "ADET" };
    expect(await adapter.upsertStockCard!(card)).toMatchObject({ outcome: "created" });
    expect(await adapter.upsertStockCard!(card)).toMatchObject({ outcome: "unchanged" });
    expect(fake.calls.EkleFinMusteriWS).toBe(1);
    expect(fake.calls.EkleStkWsSkart).toBe(1);
    expect(fake.stockCards.get("SKU-1")).toMatchObject({ kdvOran: 0.2 });
  });

  it("creates an invoice once per belgeTakipNo, with the merchant's document type", async () => {
    const adapter = erp({ sales_invoice_type_id: "81" });
    await adapter.upsertCustomer(customer());
    await adapter.upsertStockCard!({ code: "SKU-1", name: "Çaydanlık", barcode: null, vatRate: 10, unit: "ADET" });
    const invoice = {
      invoiceNumber: "TY3456789012",
      customerCode: "M-1001",
      issuedAt: clock,
      currency: "TRY",
      lines: [{ stockCode: "SKU-1", name: "Çaydanlık", quantity: 2, unitPriceMinor: 45_050, vatRate: 10 }],
      totalMinor: 90_100,
    };
    const first = await adapter.createInvoice(invoice);
    const again = await erp().createInvoice(invoice);
    expect(again.erpId).toBe(first.erpId);
    expect(fake.invoices).toHaveLength(1);
    expect(fake.invoices[0]).toMatchObject({
      belgeTarihi: "29/11/2026",
      belgeTurDetayId: "81",
      belgeTakipNo: "TY3456789012",
      detayList: [{ kdvOran: 0.1, birimFiyat: 450.5 }],
    });
    expect(await adapter.getInvoice!("TY3456789012")).toMatchObject({ erpId: first.erpId });
  });

  it("logs in again and retries once when the session expired (HTML answer)", async () => {
    const adapter = erp();
    await adapter.upsertCustomer(customer());
    fake.expireSessions();
    expect(await adapter.upsertCustomer(customer({ code: "M-1002" }))).toMatchObject({ outcome: "created" });
    expect(fake.calls.Giris).toBe(2);
  });

  it("names a wrong password with Luca's own words", async () => {
    const error = await rejection(erp({ password: "yanlış" }).testConnection());
    expect(error).toMatchObject({
      kind: "auth",
      providerCode: "99",
      providerMessage: "Kullanıcı-Parola Bilgisi Yanlış!",
    });
  });

  it("refuses an unknown branch id", async () => {
    const error = await rejection(erp({ branch_id: "999" }).testConnection());
    expect(error).toMatchObject({ kind: "invalid_request", messageKey: "errors.luca_branch_unknown" });
  });

  it("keeps Luca's words when it refuses a record", async () => {
    const error = await rejection(erp().upsertCustomer(customer({ taxNumber: "17291716050" })));
    expect(error).toMatchObject({ kind: "invalid_request", providerMessage: expect.stringContaining("geçersiz") });
  });
});

describe("Luca e-invoices against the fake", () => {
  const document = (overrides: Partial<EInvoiceInput> = {}): EInvoiceInput => ({
    ettn: newEttn(),
    reference: "TY3456789012",
    issuedAt: clock,
    buyer: customer(),
    currency: "TRY",
    pricesIncludeVat: true,
    lines: [
      { stockCode: "SKU-1", name: "Çaydanlık", quantity: 2, unitPriceMinor: 12_990, vatRate: 20 },
      { stockCode: "SKU-2", name: "Kitap", quantity: 1, unitPriceMinor: 4_550, vatRate: 10 },
    ],
    ...overrides,
  });

  it("issues e-Arşiv to a consumer and e-Fatura to a registered company, numbered per series", async () => {
    const adapter = erp();
    const archive = await adapter.issueEInvoice!(document());
    expect(archive).toMatchObject({ kind: "earsiv", status: "sent", invoiceNumber: "EAR2026000000001" });
    expect(isEttn(archive.ettn)).toBe(true);
    const anonymous = await adapter.issueEInvoice!(
      document({ buyer: customer({ taxNumber: ANONYMOUS_CONSUMER_TCKN }) }),
    );
    expect(anonymous.invoiceNumber).toBe("EAR2026000000002");
    const company = await adapter.issueEInvoice!(document({ buyer: customer({ taxNumber: REGISTERED_VKN }) }));
    expect(company).toMatchObject({ kind: "efatura", invoiceNumber: "FTR2026000000001" });
    for (const invoice of [archive, anonymous, company]) expect(isInvoiceNumber(invoice.invoiceNumber)).toBe(true);
    expect(fake.einvoices.get(archive.ettn)).toMatchObject({
      Status: "Sent",
      body: { PayableAmount: 305.3, TaxAmount: 47.44, LineExtensionAmount: 257.86 },
    });
  });

  it("a resend with the same ETTN returns the first invoice", async () => {
    const adapter = erp();
    const input = document();
    const first = await adapter.issueEInvoice!(input);
    expect(await erp().issueEInvoice!(input)).toEqual(first);
    expect(fake.einvoices.size).toBe(1);
  });

  it("asks GİB's registered-user list at most once a day per buyer", async () => {
    const adapter = erp();
    // A buyer no other test asked about: the answers are kept for the process, across adapters.
    const buyer = customer({ taxNumber: "10000000146" });
    await adapter.issueEInvoice!(document({ buyer }));
    await erp().issueEInvoice!(document({ buyer }));
    expect(fake.calls["/api/Company/GetGibUserByVknTckn"]).toBe(1);
    clock = new Date(clock.getTime() + 24 * 3600_000 + 1);
    await adapter.issueEInvoice!(document({ buyer, issuedAt: clock }));
    expect(fake.calls["/api/Company/GetGibUserByVknTckn"]).toBe(2);
  });

  it("fetches the PDF and cancels an e-Arşiv invoice with a reason", async () => {
    const adapter = erp();
    const archive = await adapter.issueEInvoice!(document());
    const pdf = await adapter.getEInvoicePdf!(archive.ettn);
    expect(pdf.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode(pdf.bytes)).toContain(archive.invoiceNumber);
    await adapter.cancelEArchive!(archive.ettn, "Sipariş iptal edildi");
    expect(fake.einvoices.get(archive.ettn)).toMatchObject({
      Status: "Cancelled",
      CancelReason: "Sipariş iptal edildi",
    });
  });

  it("names a wrong e-invoice password", async () => {
    const error = await rejection(erp({ einvoice_password: "x" }).issueEInvoice!(document()));
    expect(error).toMatchObject({ kind: "auth", messageKey: "errors.luca_einvoice_credentials" });
  });
});
