import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const HEPSIBURADA_PRODUCTION_URL = "https://oms-external.hepsiburada.com";

/**
 * Basic auth: username = merchant id (GUID), password = service key ("servis anahtarı"). `base_url` is the orders (OMS)
 * host; the listing and catalog hosts are derived from it (see `resolveHepsiburadaHosts`). Webhooks are unsigned
 * (fact sheet [?]): deliveries are checked against the Basic credentials or shared key chosen in Köprü.
 */
export const hepsiburadaCredentialsSchema = z.object({
  merchant_id: z
    .string()
    .trim()
    .min(1, "Required")
    .regex(
      /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      "Merchant id must be a GUID",
    ),
  service_key: z.string().trim().min(1, "Required"),
  webhook_username: z.string().trim().optional(),
  webhook_password: z.string().trim().optional(),
  webhook_api_key: z.string().trim().optional(),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(HEPSIBURADA_PRODUCTION_URL),
});
export type HepsiburadaCredentials = z.infer<typeof hepsiburadaCredentialsSchema>;

/**
 * Hepsiburada runs one host per service (`oms-external`, `listing-external`, `mpop`, each with a `-sit` test twin).
 * A base URL on one of those hosts maps to its siblings; any other host (a loopback fake) serves all three.
 */
export function resolveHepsiburadaHosts(baseUrl: string): { oms: string; listing: string; catalog: string } {
  const url = new URL(baseUrl);
  const match = /^(?:oms-external|listing-external|mpop)(-sit)?\.hepsiburada\.com$/.exec(url.hostname);
  const origin = url.origin;
  if (!match) return { oms: origin, listing: origin, catalog: origin };
  const sit = match[1] ?? "";
  const host = (name: string) => `${url.protocol}//${name}${sit}.hepsiburada.com`;
  return { oms: host("oms-external"), listing: host("listing-external"), catalog: host("mpop") };
}

export const hepsiburadaProvider = {
  id: "hepsiburada",
  kind: "marketplace",
  displayName: "Hepsiburada",
  defaultBaseUrl: HEPSIBURADA_PRODUCTION_URL,
  credentialsSchema: hepsiburadaCredentialsSchema,
  credentialFields: [
    { name: "merchant_id", isSecret: false, isRequired: true },
    { name: "service_key", isSecret: true, isRequired: true },
    { name: "webhook_username", isSecret: false, isRequired: false },
    { name: "webhook_password", isSecret: true, isRequired: false },
    { name: "webhook_api_key", isSecret: true, isRequired: false },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
