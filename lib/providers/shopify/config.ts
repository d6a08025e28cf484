import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

/** Shopify's API host is the shop itself; this template is what the form shows, the schema fills in the real host. */
export const SHOPIFY_PRODUCTION_URL = "https://{shop}.myshopify.com";

/**
 * `base_url` defaults to `https://<shop_domain>` (set it only to point at a fake). `webhook_secret` is the app's client
 * secret, which Shopify also uses as the webhook HMAC key. `overwrite` keeps this a plain `ZodObject`.
 */
export const shopifyCredentialsSchema = z
  .object({
    shop_domain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "Must look like your-shop.myshopify.com"),
    access_token: z.string().trim().min(1, "Required"),
    webhook_secret: z.string().trim().min(1, "Required"),
    base_url: z
      .url({ protocol: /^https?$/, error: "Must be an http(s) URL" })
      .refine((url) => !/[{}]|%7B|%7D/i.test(url), "Replace {shop} with your shop's host, or leave it empty")
      .optional(),
  })
  .overwrite((value) => ({ ...value, base_url: value.base_url ?? `https://${value.shop_domain}` }));
export type ShopifyCredentials = Omit<z.infer<typeof shopifyCredentialsSchema>, "base_url"> & { base_url: string };

export const shopifyProvider = {
  id: "shopify",
  kind: "marketplace",
  displayName: "Shopify",
  defaultBaseUrl: SHOPIFY_PRODUCTION_URL,
  credentialsSchema: shopifyCredentialsSchema,
  credentialFields: [
    { name: "shop_domain", isSecret: false, isRequired: true },
    { name: "access_token", isSecret: true, isRequired: true },
    { name: "webhook_secret", isSecret: true, isRequired: true },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
