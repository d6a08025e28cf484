import { ProviderError } from "@/lib/errors";
import type { EInvoice, ErpAdapter, ErpInvoice } from "@/lib/providers/erp";
import type { AdapterInput } from "@/lib/providers/types";
import type { LucaCredentials } from "./config";
import { createEInvoiceClient, type EInvoiceClient } from "./einvoice-client";
import { createKozaClient } from "./koza-client";
import { kozaDate, toEInvoiceBody, toKozaCustomer, toKozaInvoice, toKozaStockCard } from "./transform";

/**
 * Luca's public surface: what the registry imports. Koza (customers, stock cards, invoices) through its cookie session;
 * e-invoices through the TÜRMOB e-invoice API when its login is configured. Every create looks its stable key up first
 * (customer/stock code, `belgeTakipNo`, ETTN), so a retried call returns the earlier record. No webhook (none exists).
 */
export { lucaProvider, type LucaCredentials, DEFAULT_DOCUMENT_TYPES } from "./config";

/** GİB's registered-user list changes daily: answers are kept at most this long. */
export const REGISTERED_USER_TTL_MS = 24 * 60 * 60_000;
const registeredUsers = new Map<string, { isUser: boolean; at: number }>();

type Row = Record<string, unknown>;
const rowsOf = (answer: unknown): Row[] =>
  (Array.isArray(answer) ? answer : ((answer as { list?: unknown[] } | null)?.list ?? [])) as Row[];
const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const idOf = (answer: unknown, ...keys: string[]) => {
  for (const key of keys) {
    const value = (answer as Row | null)?.[key];
    if (value !== undefined && value !== null && value !== "") return String(value);
  }
  throw new ProviderError("bad_response", "Luca did not return the id of what it created", {
    messageKey: "errors.luca_bad_response",
    params: { action: keys[0] ?? "" },
  });
};

export function createLucaErp(input: AdapterInput<LucaCredentials> & { now?: () => Date }): ErpAdapter {
  const { credentials } = input;
  const now = input.now ?? (() => new Date());
  const koza = createKozaClient({
    baseUrl: credentials.base_url,
    memberNumber: credentials.member_number,
    username: credentials.username,
    password: credentials.password,
    branchId: credentials.branch_id,
    fetch: input.fetch,
  });
  let einvoiceClient: EInvoiceClient | undefined;
  const einvoice = () => {
    if (!credentials.einvoice_username || !credentials.einvoice_password) {
      throw new ProviderError("invalid_request", "Set the Luca e-invoice user and password first", {
        messageKey: "errors.luca_einvoice_not_configured",
      });
    }
    return (einvoiceClient ??= createEInvoiceClient({
      baseUrl: credentials.einvoice_url,
      username: credentials.einvoice_username,
      password: credentials.einvoice_password,
      fetch: input.fetch,
      now,
    }));
  };

  const between = (key: string, value: string) => ({
    [`${key}Bas`]: value,
    [`${key}Bit`]: value,
    [`${key}Op`]: "between",
  });

  async function findCustomer(code: string) {
    const rows = rowsOf(
      await koza.call("ListeleFinMusteri", { finMusteri: { gnlFinansalNesne: between("kod", code) } }),
    );
    return rows.find((row) => text(row.kod ?? row.kartKod ?? row.cariKodu) === code);
  }

  async function findStockCard(code: string) {
    const rows = rowsOf(await koza.call("ListeleStkSkart", { stkSkart: between("kod", code) }));
    return rows.find((row) => text(row.kartKodu ?? row.kod) === code);
  }

  /** Koza's invoice list has one row per line; the `belgeTakipNo` we set is the look-up key. */
  async function findInvoice(trackingNo: string, issuedAt?: Date): Promise<ErpInvoice | null> {
    const date = issuedAt ?? now();
    const from = kozaDate(new Date(date.getTime() - 7 * 86_400_000));
    const to = kozaDate(new Date(date.getTime() + 7 * 86_400_000));
    const rows = rowsOf(
      await koza.call(
        "ListeleFtrSsFaturaBaslik",
        {
          ftrSsFaturaBaslik: {
            gnlOrgSsBelge: { belgeTarihiBas: from, belgeTarihiBit: to, belgeTarihiOp: "between" },
          },
        },
        { noPaging: true, query: "detayliListe=true" },
      ),
    );
    const row = rows.find((candidate) => text(candidate.belgeTakipNo) === trackingNo);
    if (!row) return null;
    return { invoiceNumber: trackingNo, erpId: text(row.ssFaturaBaslikId), status: "draft", url: null };
  }

  async function isRegisteredUser(taxNumber: string): Promise<boolean> {
    const key = `${credentials.einvoice_username}:${taxNumber}`;
    const cached = registeredUsers.get(key);
    if (cached && now().getTime() - cached.at < REGISTERED_USER_TTL_MS) return cached.isUser;
    // The database copy survives restarts and is shared by every process; the map saves a query per invoice.
    const stored = (await input.cache?.get(`gib:${key}`).catch(() => undefined)) as
      { isUser: boolean; at: number } | undefined;
    if (stored && now().getTime() - stored.at < REGISTERED_USER_TTL_MS) {
      registeredUsers.set(key, stored);
      return stored.isUser;
    }
    const answer = await einvoice().request<{ Data?: unknown[] | null }>("POST", "/api/Company/GetGibUserByVknTckn", {
      VknTckn: taxNumber,
    });
    const isUser = Array.isArray(answer.Data) && answer.Data.length > 0;
    const entry = { isUser, at: now().getTime() };
    registeredUsers.set(key, entry);
    await input.cache?.set(`gib:${key}`, entry, REGISTERED_USER_TTL_MS).catch(() => undefined);
    return isUser;
  }

  async function findEInvoice(ettn: string, issuedAt: Date): Promise<EInvoice | null> {
    const answer = await einvoice().request<{ Data?: Row[] }>("POST", "/api/Invoice/GetStagingInvoiceList", {
      PageIndex: 0,
      PageSize: 100,
      StartDate: new Date(issuedAt.getTime() - 86_400_000).toISOString(),
      EndDate: new Date(issuedAt.getTime() + 86_400_000).toISOString(),
      Ettn: ettn,
    });
    const row = (answer.Data ?? []).find((candidate) => text(candidate.Ettn).toLowerCase() === ettn.toLowerCase());
    if (!row) return null;
    return {
      kind: Number(row.RecipientType) === 1 ? "efatura" : "earsiv",
      invoiceNumber: text(row.InvoiceNumber),
      ettn,
      status: text(row.Status) === "Cancelled" ? "cancelled" : "sent",
    };
  }

  return {
    async testConnection() {
      await koza.open();
      if (credentials.einvoice_username && credentials.einvoice_password) {
        await einvoice().request("POST", "/api/Company/GetGibUserByVknTckn", { VknTckn: "1234567890" });
      }
    },
    async upsertCustomer(customer) {
      const existing = await findCustomer(customer.code);
      // Accounting data the merchant may have edited in Luca is never overwritten by a sync.
      if (existing) return { erpId: text(existing.finansalNesneId ?? existing.id), outcome: "unchanged" };
      const created = await koza.call("EkleFinMusteriWS", toKozaCustomer(customer));
      return { erpId: idOf(created, "finansalNesneId", "id"), outcome: "created" };
    },
    async upsertStockCard(card) {
      const existing = await findStockCard(card.code);
      if (existing) return { erpId: text(existing.skartId ?? existing.id), outcome: "unchanged" };
      const created = await koza.call("EkleStkWsSkart", toKozaStockCard(card));
      return { erpId: idOf(created, "skartId", "id"), outcome: "created" };
    },
    async createInvoice(invoice) {
      const existing = await findInvoice(invoice.invoiceNumber, invoice.issuedAt);
      if (existing) return existing;
      const created = await koza.call(
        "EkleFtrWsFaturaBaslik",
        toKozaInvoice({ ...invoice, documentTypeId: credentials.sales_invoice_type_id }),
      );
      return {
        invoiceNumber: invoice.invoiceNumber,
        erpId: idOf(created, "ssFaturaBaslikId", "id"),
        status: "draft",
        url: null,
      };
    },
    async getInvoice(invoiceNumber) {
      return findInvoice(invoiceNumber);
    },
    async issueEInvoice(document) {
      const existing = await findEInvoice(document.ettn, document.issuedAt);
      if (existing) return existing;
      const taxNumber = document.buyer.taxNumber ?? "";
      const kind = (await isRegisteredUser(taxNumber)) ? "efatura" : "earsiv";
      const saved = await einvoice().request<{ Data?: Row }>(
        "POST",
        kind === "efatura" ? "/api/Invoice/SaveInvoice" : "/api/Invoice/SaveArchive",
        toEInvoiceBody(document, kind),
      );
      const invoiceNumber = text(saved.Data?.InvoiceNumber);
      await einvoice().request(
        "POST",
        kind === "efatura" ? "/api/Invoice/SendStagingInvoice" : "/api/Invoice/SendStagingArchive",
        { Ettn: document.ettn },
      );
      return { kind, invoiceNumber, ettn: document.ettn, status: "sent" };
    },
    async getEInvoicePdf(ettn) {
      return einvoice().download(`/api/Invoice/GetInvoicePdf?ettn=${encodeURIComponent(ettn)}`);
    },
    async cancelEArchive(ettn, reason) {
      await einvoice().request("POST", "/api/Invoice/CancelEArchiveInvoice", { Ettn: ettn, CancelReason: reason });
    },
  };
}
