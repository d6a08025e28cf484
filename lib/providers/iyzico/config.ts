import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const IYZICO_PRODUCTION_URL = "https://api.iyzipay.com";
export const IYZICO_SANDBOX_URL = "https://sandbox-api.iyzipay.com";

/**
 * API calls sign with IYZWSv2 (`api_key` + `secret_key`); the `X-IYZ-SIGNATURE-V3` webhook header is an HMAC keyed with
 * the same `secret_key`, so no separate webhook secret exists. `merchant_id` (numeric, from the merchant panel) is
 * optional: when set, webhook deliveries for another merchant are rejected.
 */
export const iyzicoCredentialsSchema = z.object({
  api_key: z.string().trim().min(1, "Required"),
  secret_key: z.string().trim().min(1, "Required"),
  merchant_id: z.string().trim().regex(/^\d*$/, "Merchant id must be numeric").optional(),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(IYZICO_PRODUCTION_URL),
});
export type IyzicoCredentials = z.infer<typeof iyzicoCredentialsSchema>;

export const iyzicoProvider = {
  id: "iyzico",
  kind: "payment",
  displayName: "iyzico",
  defaultBaseUrl: IYZICO_PRODUCTION_URL,
  credentialsSchema: iyzicoCredentialsSchema,
  credentialFields: [
    { name: "api_key", isSecret: true, isRequired: true },
    { name: "secret_key", isSecret: true, isRequired: true },
    { name: "merchant_id", isSecret: false, isRequired: false },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
