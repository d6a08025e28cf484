import { createShopifyClient, type ShopifyClientOptions } from "./client";
import type { ShopifyFake } from "./fake-server";
import { createShopifyTokenManager, type ShopifyTokenManagerOptions } from "./token-manager";

/** A clock both the fake and the client read; sleeping advances it at once, so rate-limit waits cost no real time. */
export function virtualClock(start = Date.parse("2026-11-29T10:00:00Z")) {
  let time = start;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
      await Promise.resolve();
    },
    advance: (ms: number) => (time += ms),
  };
}

/** A client-credentials client against the fake (test fixture). */
export function fakeClient(
  fake: ShopifyFake,
  options: Partial<ShopifyClientOptions> & { token?: Partial<ShopifyTokenManagerOptions> } = {},
) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const tokens = createShopifyTokenManager({
    model: "client_credentials",
    baseUrl: fake.baseUrl,
    clientId: "fake-client-id",
    clientSecret: "fake-client-secret",
    fetch: fetchImpl,
    now: options.now,
    cache: new Map(),
    ...options.token,
  });
  return createShopifyClient({ baseUrl: fake.baseUrl, tokens, fetch: fetchImpl, ...options });
}
