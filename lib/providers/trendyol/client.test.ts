import { z } from "zod";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import { createTrendyolClient, parseRetryAfter, parseTrendyolJson } from "./client";
import type { TrendyolClientOptions } from "./client";
import { generateOrders, startTrendyolFake } from "./fake-server";
import type { TrendyolFake, TrendyolFakeOptions } from "./fake-server";
import { groupLimitPerMinute, serviceGroupOf } from "./limits";

const credentials = { sellerId: "123456", apiKey: "key-abc", apiSecret: "secret-xyz" };
const ordersPath = `/integration/order/sellers/${credentials.sellerId}/v2/orders`;
const brandsPath = "/integration/product/brands";
const item = z.looseObject({ shipmentPackageId: z.number() });

// A virtual clock shared by the fake and the client's injected sleep: pacing and backoff are asserted without waiting.
let clock = 1_800_000_000_000;
let sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock += ms;
};

let fake: TrendyolFake;
async function restart(options: Partial<TrendyolFakeOptions> = {}) {
  await fake?.close();
  fake = await startTrendyolFake({ ...credentials, tier: "unlimited", now: () => clock, ...options });
}
beforeAll(() => restart());
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  sleeps = [];
});
afterEach(() => void (clock += 120_000));

const client = (overrides: Partial<TrendyolClientOptions> = {}) =>
  createTrendyolClient({
    ...credentials,
    baseUrl: fake.baseUrl,
    sleep,
    now: () => clock,
    listingTier: "unlimited",
    ...overrides,
  });

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe("createTrendyolClient against the fake", () => {
  it("walks every page of the envelope from page 0", async () => {
    fake.addOrders(generateOrders(7, clock - 86_400_000, { stepMs: 60_000 }));
    const pages = await collect(client().paginate({ path: ordersPath, size: 3, itemSchema: item }));
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(new Set(pages.flat().map((pkg) => pkg.shipmentPackageId)).size).toBe(7);
  });

  it("stops before a filter's record cap instead of asking for a page Trendyol refuses", async () => {
    fake.addOrders(generateOrders(9, clock - 86_400_000, { stepMs: 60_000 }));
    const pages = client().paginate({ path: ordersPath, size: 2, itemSchema: item, maxRecords: 4 });
    await expect(collect(pages)).rejects.toThrow(/at most 4 records for one filter/);
    expect(fake.state.requests[`GET ${ordersPath}`]).toBe(2);
  });

  it("keeps below the service-group budget of the seller's tier by waiting, so Trendyol never answers 429", async () => {
    await restart({ tier: "50k", endpointLimit: { max: 1000, windowMs: 10_000 } });
    fake.addOrders(generateOrders(1, clock - 60_000));
    const perMinute = groupLimitPerMinute("order_read", "50k");
    const paced = client({ listingTier: "50k" });
    for (let i = 0; i < perMinute + 5; i++)
      await collect(paced.paginate({ path: ordersPath, size: 1, itemSchema: item }));
    expect(fake.state.rateLimited).toBe(0);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(55_000);
    await restart();
  });

  it.each([
    ["without Retry-After: exponential", false, 57_000, [1000, 2000]],
    ["with Retry-After: as told", true, 58_000, [1000, 1000]],
  ])("backs off from 429s (%s) and still delivers", async (_, sendRetryAfter, advanceMs, expectedSleeps) => {
    // The fake is stricter than the client believes (a tier below the one the client is told).
    await restart({ tier: "50k", endpointLimit: { max: 1000, windowMs: 10_000 }, sendRetryAfter });
    fake.addOrders(generateOrders(1, clock - 60_000));
    const optimistic = client({ listingTier: "unlimited" });
    const limit = groupLimitPerMinute("order_read", "50k");
    for (let i = 0; i < limit; i++) await collect(optimistic.paginate({ path: ordersPath, size: 1, itemSchema: item }));
    sleeps = [];
    // The window is full: the next call is refused until a minute has passed since the first.
    clock += advanceMs;
    const pages = await collect(optimistic.paginate({ path: ordersPath, size: 1, itemSchema: item }));
    expect(pages.flat()).toHaveLength(1);
    expect(fake.state.rateLimited).toBe(2);
    expect(sleeps).toEqual(expectedSleeps);
    await restart();
  });

  it("gives up with a rate_limited error once retries run out", async () => {
    await restart({ endpointLimit: { max: 1, windowMs: 10_000 } });
    const noRetry = client({ maxRetries: 0, listingTier: "unlimited" });
    await noRetry.request({ path: brandsPath, schema: z.unknown() });
    // A second client shares no pacing state with the first, like two processes.
    const error = await client({ maxRetries: 0 })
      .request({ path: brandsPath, schema: z.unknown() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "rate_limited", status: 429 });
    expect((error as Error).message).toContain("too.many.requests");
    await restart();
  });

  it("explains rejected credentials with Trendyol's own message, never echoing the secret", async () => {
    const error = await client({ apiSecret: "wrong-secret" })
      .request({ path: brandsPath, schema: z.unknown() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "auth", status: 401 });
    expect((error as ProviderError).message).toBe(
      "Trendyol rejected the API key/secret (401); Trendyol: “Yetkisiz erişim: API key veya secret hatalı”",
    );
    expect((error as ProviderError).providerMessage).toBe("Yetkisiz erişim: API key veya secret hatalı");
    expect((error as ProviderError).message).not.toContain("wrong-secret");
  });

  it("is refused with 403 without a User-Agent, before any routing", async () => {
    const authorization = `Basic ${Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString("base64")}`;
    const response = await fetch(`${fake.baseUrl}/no/such/path`, { headers: { authorization, "user-agent": "" } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ message: expect.stringContaining("User-Agent") }] });
  });

  it("answers 503 on the stage host to an address Trendyol has not allow-listed", async () => {
    await restart({ allowedIps: ["10.0.0.1"] });
    const error = await client({ maxRetries: 0 })
      .request({ path: brandsPath, schema: z.unknown() })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "unavailable", status: 503 });
    await restart();
  });

  it("reads the order API's {error, message} body as well as the errors[] one", async () => {
    const odd: typeof fetch = async () =>
      Response.json({ error: "Bad Request", message: "startDate zorunlu" }, { status: 400 });
    const error = await client({ fetch: odd })
      .request({ path: ordersPath, schema: z.unknown() })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe("Trendyol rejected the request (400); Trendyol: “startDate zorunlu”");
  });

  it("never repeats a body that is not Trendyol's error JSON (a proxy's page, free text)", async () => {
    for (const body of ["<html><body>Gateway says: internal host db-7.corp</body></html>", "internal host db-7.corp"]) {
      const odd: typeof fetch = async () => new Response(body, { status: 400 });
      const error = await client({ fetch: odd })
        .request({ path: ordersPath, schema: z.unknown() })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ kind: "invalid_request", status: 400, providerMessage: null });
      expect((error as Error).message).toBe("Trendyol rejected the request (400)");
    }
  });

  it("retries a 5xx and a dropped connection on GET, then succeeds", async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) throw new TypeError("fetch failed");
      if (calls === 2) return new Response("<html>Bad Gateway</html>", { status: 502 });
      return fetch(input, init);
    };
    await client({ fetch: flaky }).request({ path: brandsPath, schema: z.unknown() });
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("does not resend a POST after a 5xx", async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      return new Response("{}", { status: 503 });
    };
    const error = await client({ fetch: failing })
      .send({ method: "POST", path: brandsPath, body: { items: [] } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "unavailable", status: 503 });
    expect(calls).toBe(1);
  });

  it("turns a surprise shape into bad_response", async () => {
    const odd: typeof fetch = async () => Response.json({ page: 0, content: "nope" });
    const error = await client({ fetch: odd })
      .paginate({ path: ordersPath, size: 1, itemSchema: item })
      .next()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "bad_response" });
  });
});

describe("parseTrendyolJson", () => {
  it("keeps integers past 2^53 as strings and every other number as a number", () => {
    expect(parseTrendyolJson('{"a":7330000000000000001,"b":12.5,"c":[3100000000],"d":"x"}')).toEqual({
      a: "7330000000000000001",
      b: 12.5,
      c: [3100000000],
      d: "x",
    });
  });
});

describe("serviceGroupOf", () => {
  it.each([
    ["GET", "/integration/order/sellers/1/orders/stream", "order_read"],
    ["GET", "/integration/order/sellers/1/v2/orders", "order_read"],
    ["PUT", "/integration/order/sellers/1/shipment-packages/9", "order_status"],
    ["PUT", "/integration/order/sellers/1/shipment-packages/9/items/unsupplied", "order_unsupplied"],
    ["POST", "/integration/sellers/1/seller-invoice-links", "order_status"],
    ["PUT", "/integration/order/sellers/1/claims/abc/items/approve", "claim_write"],
    ["GET", "/integration/order/sellers/1/claims", "claim_read"],
    ["POST", "/integration/inventory/sellers/1/products/price-and-inventory", "inventory_write"],
    ["POST", "/integration/product/sellers/1/v2/products", "product_write"],
    ["GET", "/integration/product/categories/5/attributes", "product_read"],
  ])("%s %s → %s", (method, path, group) => {
    expect(serviceGroupOf(method, path)).toBe(group);
  });
});

describe("parseRetryAfter", () => {
  it.each([
    [null, undefined],
    ["3", 3000],
    ["0", 0],
    ["Thu, 01 Jan 2026 00:00:10 GMT", 10_000],
    ["soon", undefined],
  ])("%s → %s ms", (header, expected) => {
    expect(parseRetryAfter(header, Date.parse("2026-01-01T00:00:00Z"))).toBe(expected);
  });
});
