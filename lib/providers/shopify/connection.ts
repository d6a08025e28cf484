import type { AdapterInput } from "@/lib/providers/types";
import { createShopifyClient, type ShopifyClient } from "./client";
import type { ShopifyCredentials } from "./config";
import { createShopifyTokenManager } from "./token-manager";

/**
 * The Admin GraphQL client for stored credentials: the token manager of the merchant's app model (a rotated pair is
 * handed to `saveSecrets` before use), and each served API version reported for the integration page.
 */
export function createShopifyConnection(
  input: AdapterInput<ShopifyCredentials> & { now?: () => number },
): ShopifyClient {
  const { credentials } = input;
  const expiresAt = credentials.access_token_expires_at ? Date.parse(credentials.access_token_expires_at) : NaN;
  const tokens = createShopifyTokenManager({
    model: credentials.auth_model,
    baseUrl: credentials.base_url,
    clientId: credentials.client_id,
    clientSecret: credentials.client_secret,
    accessToken: credentials.access_token,
    refreshToken: credentials.refresh_token,
    expiresAt: Number.isNaN(expiresAt) ? null : expiresAt,
    persist: async (state) =>
      input.saveSecrets?.({
        access_token: state.accessToken,
        ...(state.refreshToken ? { refresh_token: state.refreshToken } : {}),
        ...(state.expiresAt ? { access_token_expires_at: new Date(state.expiresAt).toISOString() } : {}),
      }),
    fetch: input.fetch,
    now: input.now,
  });
  return createShopifyClient({
    baseUrl: credentials.base_url,
    tokens,
    fetch: input.fetch,
    sleep: input.sleep,
    now: input.now,
    onApiVersion: (served) => input.recordSetting?.("served_api_version", served),
  });
}
