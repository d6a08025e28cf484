import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import { createTrendyolClient, parseRetryAfter } from "./client";
import type { TrendyolClientOptions } from "./client";
import { generateProducts, startTrendyolFake } from "./fake-server";
import type { TrendyolFake } from "./fake-server";
import { trendyolProductSchema } from "./wire";

const credentials = { sellerId: "123456", apiKey: "key-abc", apiSecret: "secret-xyz" };
const productsPath = `/integration/product/sellers/${credentials.sellerId}/products`;

// A virtual clock shared by the fake and the client's injected sleep: backoff is asserted without waiting.
let clock = 1_700_000_000_000;
let sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock += ms;
};

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({ ...credentials, rateLimit: { max: 3, windowMs: 1000 }, now: () => clock });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  sleeps = [];
});

const client = (overrides: Partial<TrendyolClientOptions> = {}) =>
  createTrendyolClient({ ...credentials, baseUrl: fake.baseUrl, sleep, ...overrides });

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe("createTrendyolClient against the fake", () => {
  it("walks every page of the envelope from page 0", async () => {
    fake.addProducts(generateProducts(7));
    const pages = await collect(client().paginate({ path: productsPath, size: 3, itemSchema: trendyolProductSchema }));
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(new Set(pages.flat().map((product) => product.barcode)).size).toBe(7);
  });

  it("waits out 429s as Retry-After says and still delivers every page", async () => {
    fake.addProducts(generateProducts(20));
    const pages = await collect(client().paginate({ path: productsPath, size: 2, itemSchema: trendyolProductSchema }));
    expect(pages.flat()).toHaveLength(20);
    // 10 page requests at 3 per 1 s window: rejected after the 3rd, 6th and 9th, each waiting the advertised 1 s.
    expect(sleeps).toEqual([1000, 1000, 1000]);
    expect(fake.state.requests[`GET ${productsPath}`]).toBe(13);
  });

  it("gives up with a rate_limited error carrying Retry-After once retries run out", async () => {
    const noRetry = client({ maxRetries: 0 });
    const request = () => noRetry.paginate({ path: productsPath, size: 1, itemSchema: trendyolProductSchema }).next();
    for (let i = 0; i < 3; i++) await request();
    const error = await request().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 1000 });
  });

  it("explains rejected credentials with Trendyol's own message", async () => {
    const error = await client({ apiSecret: "wrong" })
      .request({ path: productsPath, schema: trendyolProductSchema.array() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "auth", status: 401 });
    expect((error as ProviderError).message).toBe(
      "Trendyol rejected the API key/secret (401): Yetkisiz erişim: API key veya secret hatalı",
    );
    expect((error as ProviderError).message).not.toContain("wrong");
  });

  it('is refused with 403 when the User-Agent is not "{sellerId} - …"', async () => {
    const authorization = `Basic ${Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString("base64")}`;
    const response = await fetch(`${fake.baseUrl}${productsPath}`, { headers: { authorization } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ message: expect.stringContaining("User-Agent") }] });
  });

  it("retries a 5xx and a dropped connection on GET, then succeeds", async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) throw new TypeError("fetch failed");
      if (calls === 2) return new Response("<html>Bad Gateway</html>", { status: 502 });
      return fetch(input, init);
    };
    const page = await client({ fetch: flaky })
      .paginate({ path: productsPath, size: 1, itemSchema: trendyolProductSchema })
      .next();
    expect(page.done).toBe(true);
    expect(sleeps).toEqual([500, 1000]);
  });

  it("does not resend a POST after a 5xx", async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      return new Response("{}", { status: 503 });
    };
    const error = await client({ fetch: failing })
      .send({ method: "POST", path: productsPath, body: { items: [] } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "unavailable", status: 503 });
    expect(calls).toBe(1);
  });

  it("turns a surprise shape into bad_response", async () => {
    const odd: typeof fetch = async () => Response.json({ page: 0, content: "nope" });
    const error = await client({ fetch: odd })
      .paginate({ path: productsPath, size: 1, itemSchema: trendyolProductSchema })
      .next()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "bad_response" });
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
