/**
 * ERP/accounting capability (Luca, later others). Records are keyed by Köprü's stable codes (customer code, stock
 * code, invoice number); every write looks the code up first, so a retried call updates or returns the earlier
 * record instead of creating a second one. Money is integer minor units; ids are strings. Adapters throw
 * `ProviderError` and never touch the DB or env.
 */

export type ErpCustomer = {
  /** Köprü's stable customer code (e.g. `K-<email hash>`), unique in the ERP. */
  code: string;
  name: string;
  taxNumber: string | null;
  taxOffice: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  city: string | null;
};

export type ErpStockCard = { code: string; name: string; barcode: string | null; vatRate: number; unit: string };

export type ErpInvoiceLine = {
  stockCode: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  vatRate: number;
};

export type ErpInvoiceInput = {
  /** Stable per order/package: the look-up key that makes sending twice harmless. */
  invoiceNumber: string;
  customerCode: string;
  issuedAt: Date;
  currency: string;
  lines: ErpInvoiceLine[];
  totalMinor: number;
};

export type ErpInvoice = {
  invoiceNumber: string;
  erpId: string;
  status: "draft" | "sent" | "failed";
  url: string | null;
};

/** An e-invoice to issue through the ERP's e-invoice service; the ETTN is chosen (and stored) by Köprü first. */
export type EInvoiceInput = {
  /** UUID v4, unique per document forever: the look-up key that makes a resend harmless. */
  ettn: string;
  /** Köprü's stable reference (order/package), printed on the invoice. */
  reference: string;
  issuedAt: Date;
  /** `taxNumber` is a valid VKN or TCKN (or the anonymous-consumer TCKN). */
  buyer: ErpCustomer;
  currency: string;
  lines: ErpInvoiceLine[];
  /** Marketplace prices include KDV. */
  pricesIncludeVat: boolean;
};

export type EInvoice = {
  /** e-Fatura when the buyer is a registered e-invoice user, e-Arşiv otherwise. */
  kind: "efatura" | "earsiv";
  invoiceNumber: string;
  ettn: string;
  status: "sent" | "cancelled";
};

/** What an upsert did: `created`, `updated`, or `unchanged` (found with the same values). `erpId` is the ERP's id. */
export type ErpUpsertResult = { erpId: string; outcome: "created" | "updated" | "unchanged" };

export interface ErpAdapter {
  testConnection(): Promise<void>;
  upsertCustomer(customer: ErpCustomer): Promise<ErpUpsertResult>;
  upsertStockCard?(card: ErpStockCard): Promise<ErpUpsertResult>;
  /** Looks the invoice number up first; creates it only when absent. */
  createInvoice(input: ErpInvoiceInput): Promise<ErpInvoice>;
  /** Sends (e-invoice/e-archive) an invoice already created. Idempotent: sending a sent invoice returns it. */
  sendInvoice?(invoiceNumber: string): Promise<ErpInvoice>;
  getInvoice?(invoiceNumber: string): Promise<ErpInvoice | null>;
  /** Decides e-Fatura or e-Arşiv from the registered-user list, saves and sends. Idempotent per ETTN. */
  issueEInvoice?(input: EInvoiceInput): Promise<EInvoice>;
  getEInvoicePdf?(ettn: string): Promise<{ contentType: string; bytes: Uint8Array }>;
  /** Cancels an e-Arşiv invoice (an e-Fatura is answered with a return invoice instead). */
  cancelEArchive?(ettn: string, reason: string): Promise<void>;
}
