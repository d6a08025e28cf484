import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const LUCA_PRODUCTION_URL = "https://akozas.luca.com.tr/Yetki/";
export const LUCA_EINVOICE_URL = "https://einvoiceapiturmob.luca.com.tr";

/** Koza document-type ids (`belgeTurDetayId`): one client's defaults; the authoritative list ships with Luca's doc. */
export const DEFAULT_DOCUMENT_TYPES = { sales_invoice: "76", sales_return: "79", collection: "49" } as const;

const url = z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" });
const documentTypeId = (fallback: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? fallback : value),
    z.string().trim().regex(/^\d+$/, "Document type id must be numeric"),
  );

/**
 * Luca Koza web services: `Giris.do` with member number, user name and password opens a cookie session; a company branch
 * (`orgSirketSubeId`) must then be selected (`branch_id`, or the user's only branch). e-Invoices go through Luca's
 * TÜRMOB e-invoice API with its own login (`einvoice_username` = the company's VKN/TCKN). On-prem Koza installs use
 * their own host in `base_url`. Document-type ids are per merchant, defaulting to the fact sheet's.
 */
export const lucaCredentialsSchema = z.object({
  member_number: z.string().trim().min(1, "Required"),
  username: z.string().trim().min(1, "Required"),
  password: z.string().trim().min(1, "Required"),
  branch_id: z.string().trim().regex(/^\d*$/, "Branch id must be numeric").optional(),
  einvoice_username: z.string().trim().optional(),
  einvoice_password: z.string().trim().optional(),
  einvoice_url: url.default(LUCA_EINVOICE_URL),
  sales_invoice_type_id: documentTypeId(DEFAULT_DOCUMENT_TYPES.sales_invoice),
  sales_return_type_id: documentTypeId(DEFAULT_DOCUMENT_TYPES.sales_return),
  collection_type_id: documentTypeId(DEFAULT_DOCUMENT_TYPES.collection),
  base_url: url.default(LUCA_PRODUCTION_URL),
});
export type LucaCredentials = z.infer<typeof lucaCredentialsSchema>;

export const lucaProvider = {
  id: "luca",
  kind: "erp",
  displayName: "Luca",
  defaultBaseUrl: LUCA_PRODUCTION_URL,
  credentialsSchema: lucaCredentialsSchema,
  credentialFields: [
    { name: "member_number", isSecret: false, isRequired: true },
    { name: "username", isSecret: false, isRequired: true },
    { name: "password", isSecret: true, isRequired: true },
    { name: "branch_id", isSecret: false, isRequired: false },
    { name: "einvoice_username", isSecret: false, isRequired: false },
    { name: "einvoice_password", isSecret: true, isRequired: false },
    { name: "einvoice_url", isSecret: false, isRequired: false, inputType: "url" },
    { name: "sales_invoice_type_id", isSecret: false, isRequired: false },
    { name: "sales_return_type_id", isSecret: false, isRequired: false },
    { name: "collection_type_id", isSecret: false, isRequired: false },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
