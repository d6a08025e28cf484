import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";
import { DEFAULT_LISTING_TIER, LISTING_TIERS } from "./limits";

export const TRENDYOL_PRODUCTION_URL = "https://apigw.trendyol.com";

/**
 * Trendyol calls use HTTP Basic `api_key:api_secret` and a `User-Agent` of `"{seller_id} - SelfIntegration"`.
 * Webhook deliveries carry no HMAC; they are authenticated by the Basic credentials or API key registered with the
 * subscription (fact sheet [?]), so those fields are optional here and checked in webhook.ts.
 */
export const trendyolCredentialsSchema = z.object({
  seller_id: z.string().trim().min(1, "Required").regex(/^\d+$/, "Seller id must be numeric"),
  api_key: z.string().trim().min(1, "Required"),
  api_secret: z.string().trim().min(1, "Required"),
  cargo_company_id: z.string().trim().regex(/^\d+$/, "Must be a Trendyol cargo company id (number)").optional(),
  delivery_duration: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "Must be a number of days (0 = ships today)")
    .optional(),
  default_brand_id: z.string().trim().regex(/^\d+$/, "Must be a Trendyol brand id (number)").optional(),
  default_category_id: z.string().trim().regex(/^\d+$/, "Must be a Trendyol category id (number)").optional(),
  webhook_username: z.string().trim().optional(),
  webhook_password: z.string().trim().optional(),
  webhook_api_key: z.string().trim().optional(),
  listing_tier: z.enum(LISTING_TIERS, { error: "validation.listing_tier" }).default(DEFAULT_LISTING_TIER),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(TRENDYOL_PRODUCTION_URL),
});
export type TrendyolCredentials = z.infer<typeof trendyolCredentialsSchema>;

export const trendyolProvider = {
  id: "trendyol",
  kind: "marketplace",
  displayName: "Trendyol",
  defaultBaseUrl: TRENDYOL_PRODUCTION_URL,
  credentialsSchema: trendyolCredentialsSchema,
  credentialFields: [
    { name: "seller_id", isSecret: false, isRequired: true },
    { name: "api_key", isSecret: true, isRequired: true },
    { name: "api_secret", isSecret: true, isRequired: true },
    // Trendyol's cargo companies by their numeric ids (fact sheet: cargo-providers lookup, legacy ids).
    {
      name: "cargo_company_id",
      isSecret: false,
      isRequired: false,
      options: ["4", "7", "9", "19", "10", "20", "30", "38", "17", "6"],
      allowsNone: true,
    },
    { name: "delivery_duration", isSecret: false, isRequired: false },
    { name: "default_brand_id", isSecret: false, isRequired: false },
    { name: "default_category_id", isSecret: false, isRequired: false },
    { name: "webhook_username", isSecret: false, isRequired: false },
    { name: "webhook_password", isSecret: true, isRequired: false },
    { name: "webhook_api_key", isSecret: true, isRequired: false, generated: "secret" },
    { name: "listing_tier", isSecret: false, isRequired: false },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
