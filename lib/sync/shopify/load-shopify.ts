import type { Db } from "@/db/client";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { recordServedApiVersion, storeShopifyTokens } from "@/lib/integrations/shopify-tokens";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { createShopifyClient, type ShopifyClient } from "@/lib/providers/shopify/client";
import type { ShopifyCredentials } from "@/lib/providers/shopify/config";
import { createShopifyTokenManager } from "@/lib/providers/shopify/token-manager";

export type ShopifyDeps = { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void>; now?: () => Date };

/**
 * The Shopify client for the stored credentials: the token manager for the merchant's app model (rotated pairs are
 * persisted atomically), the served API version recorded for the integration page.
 */
export async function loadShopifyClient(
  db: Db,
  deps: ShopifyDeps = {},
): Promise<{ client: ShopifyClient; credentials: ShopifyCredentials }> {
  const { credentials } = await loadIntegrationCredentials<ShopifyCredentials>({ db, id: "shopify" });
  const fetchImpl = createProviderFetch({ provider: "shopify", fetch: deps.fetch });
  const expiresAt = credentials.access_token_expires_at ? Date.parse(credentials.access_token_expires_at) : null;
  const now = deps.now ? () => deps.now!().getTime() : undefined;
  const tokens = createShopifyTokenManager({
    model: credentials.auth_model,
    baseUrl: credentials.base_url,
    clientId: credentials.client_id,
    clientSecret: credentials.client_secret,
    accessToken: credentials.access_token,
    refreshToken: credentials.refresh_token,
    expiresAt: Number.isNaN(expiresAt) ? null : expiresAt,
    persist: (state) => storeShopifyTokens(db, state),
    fetch: fetchImpl,
    now,
  });
  const client = createShopifyClient({
    baseUrl: credentials.base_url,
    tokens,
    fetch: fetchImpl,
    sleep: deps.sleep,
    now,
    onApiVersion: (served) => void recordServedApiVersion(db, served).catch(() => undefined),
  });
  return { client, credentials };
}
