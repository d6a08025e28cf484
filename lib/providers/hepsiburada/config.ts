import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const HEPSIBURADA_PRODUCTION_URL = "https://oms-external.hepsiburada.com";

const httpUrl = z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" });

/**
 * API calls: HTTP Basic `merchant_id:service_key` (the "Servis Anahtarı") and `User-Agent` = the integrator's developer
 * username, on every host. `base_url` is the orders (OMS) host; the listing and catalog hosts are derived from it
 * (`resolveHepsiburadaHosts`) unless set explicitly. Webhooks: Hepsiburada calls the base URL the merchant registered by
 * ticket with the Basic `webhook_username:webhook_password` given there; there is no signature.
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
  developer_username: z
    .string()
    .trim()
    .min(1, "Required")
    .regex(/^[^\s-][^\s]*$/, "The developer username, e.g. acme_dev (no spaces)"),
  webhook_username: z.string().trim().optional(),
  webhook_password: z.string().trim().optional(),
  base_url: httpUrl.default(HEPSIBURADA_PRODUCTION_URL),
  listing_base_url: httpUrl.optional(),
  catalog_base_url: httpUrl.optional(),
});
export type HepsiburadaCredentials = z.infer<typeof hepsiburadaCredentialsSchema>;

export type HepsiburadaHosts = { oms: string; listing: string; catalog: string };

/**
 * Hepsiburada runs one host per service (`oms-external`, `listing-external`, `mpop`, each with a `-sit` test twin).
 * A base URL on one of those hosts maps to its siblings; any other host (a loopback fake) serves all three. Explicit
 * overrides win. This is the only place hosts are derived.
 */
export function resolveHepsiburadaHosts(
  baseUrl: string,
  overrides: { listing?: string; catalog?: string } = {},
): HepsiburadaHosts {
  const url = new URL(baseUrl);
  const match = /^(?:oms-external|listing-external|mpop)(-sit)?\.hepsiburada\.com$/.exec(url.hostname);
  const origin = url.origin;
  const trim = (value: string) => value.replace(/\/+$/, "");
  let derived = { oms: origin, listing: origin, catalog: origin };
  if (match) {
    const host = (name: string) => `${url.protocol}//${name}${match[1] ?? ""}.hepsiburada.com`;
    derived = { oms: host("oms-external"), listing: host("listing-external"), catalog: host("mpop") };
  }
  return {
    oms: derived.oms,
    listing: overrides.listing ? trim(overrides.listing) : derived.listing,
    catalog: overrides.catalog ? trim(overrides.catalog) : derived.catalog,
  };
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
    { name: "developer_username", isSecret: false, isRequired: true },
    { name: "webhook_username", isSecret: false, isRequired: false, generated: "username" },
    { name: "webhook_password", isSecret: true, isRequired: false, generated: "secret" },
    { name: "listing_base_url", isSecret: false, isRequired: false, inputType: "url" },
    { name: "catalog_base_url", isSecret: false, isRequired: false, inputType: "url" },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
