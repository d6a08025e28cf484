import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ShopifyError } from "./errors";
import { startShopifyFake, type ShopifyFake, type ShopifyFakeOptions } from "./fake-server";
import { fakeClient, virtualClock } from "./testing";
import { createShopifyTokenManager } from "./token-manager";

const SHOP = z.object({ shop: z.object({ name: z.string() }) });
const shopQuery = { operation: "Shop", query: "query Shop { shop { name } }", schema: SHOP };

let fake: ShopifyFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const start = async (options: ShopifyFakeOptions = {}) => (fake = await startShopifyFake(options));

describe("tokens", () => {
  it("exchanges client credentials once and reuses the token until it nears expiry", async () => {
    const clock = virtualClock();
    const shop = await start({ now: clock.now, tokenTtlSeconds: 3600 });
    const client = fakeClient(shop, { now: clock.now, sleep: clock.sleep });
    await client.request(shopQuery);
    await client.request(shopQuery);
    expect(shop.stats.tokenRequests).toBe(1);
    clock.advance(56 * 60 * 1000); // inside the five-minute margin: asks before the token dies
    await client.request(shopQuery);
    expect(shop.stats.tokenRequests).toBe(2);
  });

  it("gets a new token when Shopify answers 401 (forced expiry)", async () => {
    const shop = await start();
    const client = fakeClient(shop);
    await client.request(shopQuery);
    shop.expireTokens();
    await expect(client.request(shopQuery)).resolves.toEqual({ shop: { name: "Köprü Demo" } });
    expect(shop.stats.tokenRequests).toBe(2);
  });

  it("names a wrong client secret, keeping Shopify's words apart", async () => {
    const shop = await start();
    const client = fakeClient(shop, { token: { clientSecret: "wrong" } });
    const error = await client.request(shopQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShopifyError);
    expect(error).toMatchObject({
      kind: "auth",
      details: {
        messageKey: "errors.shopify.clientCredentialsRejected",
        providerMessage: expect.stringContaining("invalid_client"),
      },
    });
    expect((error as Error).message).not.toContain("wrong");
  });

  it("rotates an expiring token's refresh token, persisting each new pair before using it", async () => {
    const clock = virtualClock();
    const shop = await start({ now: clock.now, expiringTtlSeconds: 3600 });
    const first = shop.issueExpiringToken();
    const persisted: { accessToken: string; refreshToken?: string }[] = [];
    const client = fakeClient(shop, {
      now: clock.now,
      token: {
        model: "expiring_token",
        accessToken: first.accessToken,
        refreshToken: first.refreshToken,
        expiresAt: clock.now() + 3600_000,
        persist: async (state) => void persisted.push(state),
      },
    });
    await client.request(shopQuery);
    expect(persisted).toHaveLength(0);
    clock.advance(3600_000);
    await client.request(shopQuery);
    expect(persisted).toHaveLength(1);
    expect(persisted[0]!.refreshToken).not.toBe(first.refreshToken);
    clock.advance(3600_000);
    await client.request(shopQuery);
    expect(persisted).toHaveLength(2);
    // The first refresh token's replacement has been used: the first one is now dead.
    const stale = createShopifyTokenManager({
      model: "expiring_token",
      baseUrl: shop.baseUrl,
      clientId: "fake-client-id",
      clientSecret: "fake-client-secret",
      refreshToken: first.refreshToken,
      fetch,
    });
    await expect(stale.getToken()).rejects.toMatchObject({ details: { messageKey: "errors.shopify.refreshRejected" } });
  });

  it("reports a legacy token Shopify does not know as invalid or expired", async () => {
    const shop = await start({ legacyTokens: ["shpat_good"] });
    const good = fakeClient(shop, { token: { model: "legacy_token", accessToken: "shpat_good" } });
    await expect(good.request(shopQuery)).resolves.toBeTruthy();
    const bad = fakeClient(shop, { token: { model: "legacy_token", accessToken: "shpat_bad" } });
    await expect(bad.request(shopQuery)).rejects.toMatchObject({
      kind: "auth",
      details: { messageKey: "errors.shopify.tokenInvalid" },
    });
  });
});

describe("GraphQL answers", () => {
  it("names the missing scope on ACCESS_DENIED", async () => {
    const shop = await start({ scopes: ["read_products"] });
    const client = fakeClient(shop);
    const orders = "query Orders { orders(first: 1) { nodes { id } } }";
    await expect(client.request({ operation: "Orders", query: orders, schema: z.unknown() })).rejects.toMatchObject({
      kind: "forbidden",
      details: { messageKey: "errors.shopify.accessDenied", params: { scope: "read_orders" } },
    });
  });

  it("fails an unknown field as Shopify does", async () => {
    const shop = await start();
    const client = fakeClient(shop);
    const error = await client
      .request({ operation: "Bad", query: "query Bad { shop { nmae } }", schema: z.unknown() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: "invalid_request",
      details: { providerMessage: expect.stringContaining("nmae") },
    });
  });

  it.each([200, 429] as const)("waits and retries a THROTTLED answer sent with HTTP %i", async (status) => {
    const shop = await start({ throttleStatus: status });
    shop.setThrottled(true);
    const waits: number[] = [];
    const client = fakeClient(shop, {
      sleep: async (ms) => {
        waits.push(ms);
        shop.setThrottled(false);
      },
    });
    await expect(client.request(shopQuery)).resolves.toEqual({ shop: { name: "Köprü Demo" } });
    expect(shop.stats.throttled).toBe(1);
    expect(waits).toHaveLength(1);
  });

  it("records the version Shopify served when a retired one falls forward", async () => {
    const shop = await start();
    const served: string[] = [];
    const client = fakeClient(shop, { apiVersion: "2025-01", onApiVersion: (v) => served.push(v) });
    await client.request(shopQuery);
    expect(served).toEqual(["2026-01"]);
    expect(client.stats().servedApiVersion).toBe("2026-01");
  });

  it("retries a 503 on a query", async () => {
    const shop = await start({ unavailableEvery: 2 });
    const client = fakeClient(shop, { sleep: async () => {} });
    await client.request(shopQuery);
    await expect(client.request(shopQuery)).resolves.toBeTruthy();
    expect(shop.stats.unavailable).toBe(1);
  });

  it("walks a connection page by page with opaque cursors, refusing pages over 250", async () => {
    const shop = await start();
    for (let i = 0; i < 7; i++) shop.store.createProduct({ title: `Ürün ${i}` });
    const client = fakeClient(shop);
    const query = `query P($first: Int!, $after: String) { products(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const schema = z.object({
      products: z.object({
        nodes: z.array(z.object({ id: z.string() })),
        pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
      }),
    });
    const pages: number[] = [];
    for await (const page of client.paginate({
      operation: "P",
      query,
      pageSize: 3,
      page: (d) => schema.parse(d).products,
    })) {
      pages.push(page.length);
    }
    expect(pages).toEqual([3, 3, 1]);
    await expect(
      client.request({ operation: "P", query, variables: { first: 251 }, schema: z.unknown() }),
    ).rejects.toMatchObject({
      kind: "invalid_request",
    });
  });
});
