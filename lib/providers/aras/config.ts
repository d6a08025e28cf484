import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const ARAS_PRODUCTION_URL = "https://customerws.araskargo.com.tr/arascargoservice.asmx";
export const ARAS_QUERY_PRODUCTION_URL =
  "https://customerservices.araskargo.com.tr/ArasCargoCustomerIntegrationService/ArasCargoIntegrationService.svc";

/**
 * Aras runs two SOAP services: the order service (`base_url`, SetOrder/CancelDispatch with `username`/`password`) and the
 * query service (`query_url`, LoginInfo with its own user, password and `customer_code`; the query user falls back to the
 * order user when empty). Aras has no push channel (fact sheet): shipment status comes from polling (`tracking_in`).
 */
export const arasCredentialsSchema = z.object({
  username: z.string().trim().min(1, "Required"),
  password: z.string().trim().min(1, "Required"),
  customer_code: z.string().trim().min(1, "Required"),
  query_username: z.string().trim().optional(),
  query_password: z.string().trim().optional(),
  query_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(ARAS_QUERY_PRODUCTION_URL),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(ARAS_PRODUCTION_URL),
});
export type ArasCredentials = z.infer<typeof arasCredentialsSchema>;

export const arasProvider = {
  id: "aras",
  kind: "cargo",
  displayName: "Aras Kargo",
  defaultBaseUrl: ARAS_PRODUCTION_URL,
  credentialsSchema: arasCredentialsSchema,
  credentialFields: [
    { name: "username", isSecret: false, isRequired: true },
    { name: "password", isSecret: true, isRequired: true },
    { name: "customer_code", isSecret: false, isRequired: true },
    { name: "query_username", isSecret: false, isRequired: false },
    { name: "query_password", isSecret: true, isRequired: false },
    { name: "query_url", isSecret: false, isRequired: false, inputType: "url" },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
