import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

/** Shopify's API host is the shop itself; this template is what the form shows, the schema fills in the real host. */
export const SHOPIFY_PRODUCTION_URL = "https://{shop}.myshopify.com";

/** The one place the Admin API version is pinned (fact sheet: supported stables late 2026 are 2026-01 … 2026-10). */
export const SHOPIFY_API_VERSION = "2026-10";

/**
 * How the merchant created the app Köprü talks through (fact sheet "Authentication — three models"):
 * - `legacy_token`: an app created in the Shopify admin before 2026-01-01, static `shpat_…` token;
 * - `client_credentials`: a Dev Dashboard app of the merchant's own organisation; Köprü asks for ~24 h tokens itself;
 * - `expiring_token`: an expiring offline token (1 h) with a rotating refresh token.
 */
export const SHOPIFY_AUTH_MODELS = ["client_credentials", "legacy_token", "expiring_token"] as const;
export type ShopifyAuthModel = (typeof SHOPIFY_AUTH_MODELS)[number];

/** Which credential fields each model needs; the form shows only these (plus shop, location and base URL). */
export const SHOPIFY_MODEL_FIELDS: Record<ShopifyAuthModel, readonly string[]> = {
  client_credentials: ["client_id", "client_secret", "previous_client_secret"],
  legacy_token: ["access_token", "client_secret", "previous_client_secret"],
  expiring_token: ["client_id", "client_secret", "access_token", "refresh_token", "previous_client_secret"],
};

const REQUIRED_BY_MODEL: Record<ShopifyAuthModel, readonly string[]> = {
  client_credentials: ["client_id", "client_secret"],
  legacy_token: ["access_token", "client_secret"],
  expiring_token: ["client_id", "client_secret", "access_token", "refresh_token"],
};

const optionalText = z.string().trim().optional();

const modelOf = (value: { auth_model?: unknown }): ShopifyAuthModel =>
  (SHOPIFY_AUTH_MODELS as readonly unknown[]).includes(value.auth_model)
    ? (value.auth_model as ShopifyAuthModel)
    : "legacy_token";

/** Has `name` a value, counting the pre-2026 `webhook_secret` as the client secret. */
const hasValue = (value: Record<string, unknown>, name: string) =>
  !!value[name] || (name === "client_secret" && !!value.webhook_secret);

/**
 * `client_secret` is the app's client secret (legacy apps: "API secret key"); Shopify signs webhooks with it. During a
 * secret rotation `previous_client_secret` keeps verifying deliveries until the merchant removes it. Integrations saved
 * before the three models existed hold `access_token` + `webhook_secret` and no model: they read as `legacy_token`.
 * Loose so that `webhook_secret` and the token manager's `access_token_expires_at` (stored with the secrets, not form
 * fields) come through; `overwrite` keeps this a plain `ZodObject`.
 */
const baseSchema = z.looseObject({
  shop_domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "Must look like your-shop.myshopify.com"),
  auth_model: z.enum(SHOPIFY_AUTH_MODELS).optional(),
  client_id: optionalText,
  client_secret: optionalText,
  access_token: optionalText,
  refresh_token: optionalText,
  previous_client_secret: optionalText,
  /** The inventory location stock is set at (`gid://shopify/Location/…` or its number); optional with one location. */
  location_id: z
    .string()
    .trim()
    .regex(
      /^(gid:\/\/shopify\/Location\/)?\d+$/,
      "Must be a Shopify location id (gid://shopify/Location/… or a number)",
    )
    .optional(),
  base_url: z
    .url({ protocol: /^https?$/, error: "Must be an http(s) URL" })
    .refine((url) => !/[{}]|%7B|%7D/i.test(url), "Replace {shop} with your shop's host, or leave it empty")
    .optional(),
});

// One check per field a model needs; `when` lets them report alongside other issues (a bad domain, say).
const withModelChecks = [...new Set(Object.values(REQUIRED_BY_MODEL).flat())].reduce(
  (schema, name) =>
    schema.refine((value) => !REQUIRED_BY_MODEL[modelOf(value)].includes(name) || hasValue(value, name), {
      path: [name],
      message: "Required",
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    }),
  baseSchema,
);

export const shopifyCredentialsSchema = withModelChecks.overwrite((value) => ({
  ...value,
  auth_model: modelOf(value),
  client_secret: value.client_secret || (typeof value.webhook_secret === "string" ? value.webhook_secret : undefined),
  base_url: value.base_url ?? `https://${value.shop_domain}`,
}));

export type ShopifyCredentials = {
  shop_domain: string;
  auth_model: ShopifyAuthModel;
  client_id?: string;
  client_secret?: string;
  access_token?: string;
  refresh_token?: string;
  previous_client_secret?: string;
  location_id?: string;
  base_url: string;
  /** Pre-2026 name of `client_secret`. */
  webhook_secret?: string;
  /** When the expiring model's stored access token runs out (ISO 8601), written by the token manager. */
  access_token_expires_at?: string;
};

export type ShopifyWebhookCredentials = Pick<
  ShopifyCredentials,
  "client_secret" | "previous_client_secret" | "webhook_secret" | "shop_domain"
>;

/** Every secret that may sign a webhook right now: the current client secret, and the previous one during a rotation. */
export function shopifyWebhookKeys(
  credentials: Pick<ShopifyCredentials, "client_secret" | "previous_client_secret" | "webhook_secret">,
): string[] {
  const keys = [credentials.client_secret ?? credentials.webhook_secret, credentials.previous_client_secret];
  return [...new Set(keys.filter((key): key is string => !!key))];
}

export const shopifyProvider = {
  id: "shopify",
  kind: "marketplace",
  displayName: "Shopify",
  defaultBaseUrl: SHOPIFY_PRODUCTION_URL,
  credentialsSchema: shopifyCredentialsSchema,
  credentialFields: [
    { name: "shop_domain", isSecret: false, isRequired: true, isSecretDestination: true },
    // Not required: integrations saved before the models existed have none and read as legacy_token.
    { name: "auth_model", isSecret: false, isRequired: false, options: SHOPIFY_AUTH_MODELS },
    {
      name: "client_id",
      isSecret: false,
      isRequired: true,
      showWhen: { auth_model: ["client_credentials", "expiring_token"] },
    },
    { name: "client_secret", isSecret: true, isRequired: true },
    {
      name: "access_token",
      isSecret: true,
      isRequired: true,
      showWhen: { auth_model: ["legacy_token", "expiring_token"] },
    },
    { name: "refresh_token", isSecret: true, isRequired: true, showWhen: { auth_model: ["expiring_token"] } },
    { name: "previous_client_secret", isSecret: true, isRequired: false },
    { name: "location_id", isSecret: false, isRequired: false },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
  apiVersion: SHOPIFY_API_VERSION,
} satisfies ProviderDefinition;
