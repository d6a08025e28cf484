import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const LUCA_PRODUCTION_URL = "https://akozas.luca.com.tr/Yetki/";

/**
 * Luca Koza web services: `Giris.do` with member number, user name and password opens a cookie session; a company branch
 * (`orgSirketSubeId`) must then be selected. Login field names on the wire are unconfirmed (fact sheet [?]); the adapter
 * maps these names. On-prem installs use their own host in `base_url`.
 */
export const lucaCredentialsSchema = z.object({
  member_number: z.string().trim().min(1, "Required"),
  username: z.string().trim().min(1, "Required"),
  password: z.string().trim().min(1, "Required"),
  branch_id: z.string().trim().regex(/^\d*$/, "Branch id must be numeric").optional(),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(LUCA_PRODUCTION_URL),
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
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
