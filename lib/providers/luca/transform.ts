import { invoiceTotals, kdvFraction, type KdvRate } from "@/lib/einvoice/kdv";
import { parseTaxId } from "@/lib/einvoice/tax-id";
import type { EInvoiceInput, ErpCustomer, ErpInvoiceInput, ErpStockCard } from "@/lib/providers/erp";

/*
 * Köprü's records → Koza and e-invoice bodies. Field names are the transcribed document's (fact sheet [doc]); where the
 * sheet is silent (create responses, list rows' code field, the e-invoice body) the choices live here and in the fake.
 */
const pad = (n: number) => String(n).padStart(2, "0");
/** Koza dates are `dd/MM/yyyy`, in Turkey time (UTC+3 all year). */
export function kozaDate(date: Date): string {
  const tr = new Date(date.getTime() + 3 * 3600_000);
  return `${pad(tr.getUTCDate())}/${pad(tr.getUTCMonth() + 1)}/${tr.getUTCFullYear()}`;
}
export function kozaTime(date: Date): string {
  const tr = new Date(date.getTime() + 3 * 3600_000);
  return `${pad(tr.getUTCHours())}:${pad(tr.getUTCMinutes())}`;
}

const money = (minor: number) => Number((minor / 100).toFixed(2));

function taxFields(customer: ErpCustomer) {
  const taxId = parseTaxId(customer.taxNumber);
  const isPerson = taxId?.scheme !== "VKN";
  const [firstName, ...rest] = customer.name.trim().split(/\s+/);
  return {
    isPerson,
    vergiNo: taxId?.scheme === "VKN" ? taxId.value : "",
    tcKimlikNo: taxId?.scheme === "TCKN" ? taxId.value : "",
    ad: isPerson ? (firstName ?? "") : "",
    soyad: isPerson ? rest.join(" ") : "",
  };
}

export function toKozaCustomer(customer: ErpCustomer) {
  const tax = taxFields(customer);
  return {
    tip: tax.isPerson ? 2 : 1,
    cariTipId: 1,
    kartKod: customer.code,
    tanim: customer.name,
    kisaAd: customer.name.slice(0, 50),
    yasalUnvan: customer.name,
    paraBirimKod: "TRY",
    vergiNo: tax.vergiNo,
    tcKimlikNo: tax.tcKimlikNo,
    ad: tax.ad,
    soyad: tax.soyad,
    vergiDairesi: customer.taxOffice ?? "",
    ulke: "TÜRKİYE",
    il: customer.city ?? "",
    adresSerbest: customer.address ?? "",
    iletisimTanim: customer.phone ?? customer.email ?? "",
  };
}

export function toKozaStockCard(card: ErpStockCard) {
  return {
    kartKodu: card.code,
    kartAdi: card.name,
    kartTuru: 1,
    olcuBirimi: card.unit,
    barkod: card.barcode ?? "",
    kdvOran: kdvFraction(card.vatRate as KdvRate),
  };
}

export function toKozaInvoice(input: ErpInvoiceInput & { documentTypeId: string; customer?: ErpCustomer }) {
  const customer = input.customer;
  const tax = customer ? taxFields(customer) : undefined;
  return {
    belgeSeri: "A",
    belgeNo: null,
    belgeTarihi: kozaDate(input.issuedAt),
    vadeTarihi: kozaDate(input.issuedAt),
    duzenlemeSaati: kozaTime(input.issuedAt),
    belgeTakipNo: input.invoiceNumber,
    belgeAciklama: `Köprü ${input.invoiceNumber}`,
    belgeTurDetayId: input.documentTypeId,
    faturaTur: "1",
    paraBirimKod: input.currency,
    kurBedeli: 1.0,
    musteriTedarikci: "1",
    gonderimTipi: "ELEKTRONIK",
    cariKodu: input.customerCode,
    ...(customer && tax
      ? {
          cariTanim: customer.name,
          cariTip: tax.isPerson ? 2 : 1,
          vergiNo: tax.vergiNo,
          tcKimlikNo: tax.tcKimlikNo,
          cariAd: tax.ad,
          cariSoyad: tax.soyad,
          il: customer.city ?? "",
          adresSerbest: customer.address ?? "",
          telefon: customer.phone ?? "",
          email: customer.email ?? "",
        }
      : {}),
    detayList: input.lines.map((line) => ({
      kartTuru: 1,
      kartKodu: line.stockCode,
      kartAdi: line.name,
      miktar: line.quantity,
      birimFiyat: money(line.unitPriceMinor),
      tutar: money(line.unitPriceMinor * line.quantity),
      kdvOran: kdvFraction(line.vatRate as KdvRate),
    })),
  };
}

/** The e-invoice body (our design; the API's own schema is not public): amounts as decimals, KDV in percent. */
export function toEInvoiceBody(input: EInvoiceInput, kind: "efatura" | "earsiv") {
  const totals = invoiceTotals(input.lines, { pricesIncludeVat: input.pricesIncludeVat });
  const taxId = parseTaxId(input.buyer.taxNumber);
  return {
    Ettn: input.ettn,
    RecipientType: kind === "efatura" ? 1 : 2,
    ScenarioType: 1,
    InvoiceType: 1,
    IssueDate: input.issuedAt.toISOString(),
    CurrencyCode: input.currency,
    OrderReference: input.reference,
    Recipient: {
      IdentificationNumber: taxId?.value ?? "",
      SchemeId: taxId?.scheme ?? "TCKN",
      Name: input.buyer.name,
      TaxOffice: input.buyer.taxOffice ?? "",
      Address: input.buyer.address ?? "",
      City: input.buyer.city ?? "",
      Email: input.buyer.email ?? "",
    },
    Lines: input.lines.map((line, index) => ({
      Code: line.stockCode,
      Name: line.name,
      Quantity: line.quantity,
      UnitCode: "C62",
      NetAmount: money(totals.lines[index]!.netMinor),
      VatRate: line.vatRate,
      VatAmount: money(totals.lines[index]!.vatMinor),
    })),
    TaxTotals: totals.byRate.map((rate) => ({
      VatRate: rate.vatRate,
      Taxable: money(rate.netMinor),
      Amount: money(rate.vatMinor),
    })),
    LineExtensionAmount: money(totals.netMinor),
    TaxAmount: money(totals.vatMinor),
    PayableAmount: money(totals.grossMinor),
  };
}
