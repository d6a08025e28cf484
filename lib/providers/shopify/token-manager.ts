import { z } from "zod";
import type { ShopifyAuthModel } from "./config";
import { ShopifyError } from "./errors";

/** Ask for a new token this long before the current one expires, so no call goes out with a token about to die. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

export type ShopifyTokenState = { accessToken: string; expiresAt: number | null; refreshToken?: string };

export type ShopifyTokenManagerOptions = {
  model: ShopifyAuthModel;
  baseUrl: string;
  clientId?: string;
  clientSecret?: string;
  /** The stored token: the static one (legacy) or the latest expiring one. */
  accessToken?: string;
  refreshToken?: string;
  expiresAt?: number | null;
  /**
   * Persists a rotated pair (expiring model) in one write, before the new access token is used: the old refresh token
   * stops working once its replacement is used, so losing the new one would lock Köprü out.
   */
  persist?: (state: ShopifyTokenState) => Promise<void>;
  fetch: typeof fetch;
  now?: () => number;
  /** Client-credentials tokens shared by every manager of the same app in this process (default: module-wide). */
  cache?: Map<string, ShopifyTokenState>;
};

export type ShopifyTokenManager = {
  /** A token valid for at least the refresh margin, fetched or refreshed when needed. */
  getToken(): Promise<string>;
  /** Shopify answered 401 with `token`: drop it so the next getToken obtains a new one. False if none can be had. */
  invalidate(token: string): boolean;
};

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});
const tokenErrorSchema = z.looseObject({ error: z.string().optional(), error_description: z.string().optional() });

const sharedCache = new Map<string, ShopifyTokenState>();

export function createShopifyTokenManager(options: ShopifyTokenManagerOptions): ShopifyTokenManager {
  const now = options.now ?? Date.now;
  const cache = options.cache ?? sharedCache;
  const cacheKey = `${options.baseUrl}|${options.clientId ?? ""}|${options.clientSecret ?? ""}`;
  let state: ShopifyTokenState | null =
    options.model === "client_credentials"
      ? (cache.get(cacheKey) ?? null)
      : options.accessToken
        ? { accessToken: options.accessToken, expiresAt: options.expiresAt ?? null, refreshToken: options.refreshToken }
        : null;
  let refreshToken = options.refreshToken;
  let inFlight: Promise<ShopifyTokenState> | null = null;

  const isFresh = (candidate: ShopifyTokenState | null): candidate is ShopifyTokenState =>
    !!candidate && (candidate.expiresAt === null || candidate.expiresAt - TOKEN_REFRESH_MARGIN_MS > now());

  async function obtain(): Promise<ShopifyTokenState> {
    if (options.model === "legacy_token") throw tokenInvalid();
    const body =
      options.model === "client_credentials"
        ? { client_id: options.clientId, client_secret: options.clientSecret, grant_type: "client_credentials" }
        : {
            client_id: options.clientId,
            client_secret: options.clientSecret,
            grant_type: "refresh_token",
            refresh_token: refreshToken,
          };
    const issued = await requestToken(options, body, now());
    if (options.model === "client_credentials") cache.set(cacheKey, issued);
    else {
      if (issued.refreshToken) refreshToken = issued.refreshToken;
      const rotated = { ...issued, refreshToken };
      await options.persist?.(rotated);
      return rotated;
    }
    return issued;
  }

  return {
    async getToken() {
      if (options.model === "legacy_token") {
        if (!state) throw tokenInvalid();
        return state.accessToken;
      }
      if (isFresh(state)) return state.accessToken;
      // One request at a time: a rotating refresh token must not be spent twice by concurrent calls.
      inFlight ??= obtain().finally(() => (inFlight = null));
      state = await inFlight;
      return state.accessToken;
    },
    invalidate(token) {
      if (options.model === "legacy_token") return false;
      if (state?.accessToken === token) state = null;
      if (cache.get(cacheKey)?.accessToken === token) cache.delete(cacheKey);
      return true;
    },
  };
}

async function requestToken(
  options: ShopifyTokenManagerOptions,
  body: Record<string, string | undefined>,
  issuedAt: number,
): Promise<ShopifyTokenState> {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/admin/oauth/access_token`;
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch (cause) {
    throw new ShopifyError("network", "unreachable", `Could not reach Shopify at ${new URL(url).host}`, {
      params: { host: new URL(url).host },
      cause,
    });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const error = tokenErrorSchema.safeParse(json);
    const providerMessage = error.success
      ? [error.data.error, error.data.error_description].filter(Boolean).join(": ")
      : text.slice(0, 200);
    if (response.status >= 500) {
      throw new ShopifyError("unavailable", "unavailable", `Shopify is unavailable (${response.status})`, {
        status: response.status,
        params: { status: response.status },
      });
    }
    const isRefresh = body.grant_type === "refresh_token";
    throw new ShopifyError(
      "auth",
      isRefresh ? "refreshRejected" : "clientCredentialsRejected",
      isRefresh
        ? "Shopify rejected the refresh token; connect the app again to get a new token pair"
        : "Shopify rejected the client id or client secret; copy both again from the app's settings in the Dev Dashboard",
      { status: response.status, providerMessage },
    );
  }
  const parsed = tokenResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new ShopifyError("bad_response", "badResponse", "Shopify's token answer has an unexpected shape", {
      params: { operation: "access_token" },
    });
  }
  const { access_token, expires_in, refresh_token } = parsed.data;
  return {
    accessToken: access_token,
    expiresAt: expires_in ? issuedAt + expires_in * 1000 : null,
    refreshToken: refresh_token,
  };
}

export function tokenInvalid(): ShopifyError {
  return new ShopifyError(
    "auth",
    "tokenInvalid",
    "Shopify rejected the access token: it is invalid, revoked or expired",
    { status: 401 },
  );
}
