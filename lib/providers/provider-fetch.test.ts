import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import { createProviderFetch, endpointLabel, observeProviderCalls, type ProviderCall } from "./provider-fetch";

describe("createProviderFetch", () => {
  const server = createServer((req, res) => {
    if (req.url === "/redirect") return res.writeHead(302, { Location: "http://169.254.169.254/latest" }).end();
    if (req.url === "/slow") return setTimeout(() => res.end("late"), 2_000);
    res.writeHead(200).end("ok");
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reports each call with a bounded endpoint label and its status", async () => {
    const calls: ProviderCall[] = [];
    const stop = observeProviderCalls((call) => calls.push(call));
    const response = await createProviderFetch({ provider: "trendyol" })(`${base}/sellers/987654/products?page=2`);
    stop();
    expect(await response.text()).toBe("ok");
    expect(calls).toEqual([
      expect.objectContaining({ provider: "trendyol", endpoint: "/sellers/:id/products", method: "GET", status: 200 }),
    ]);
  });

  it("never follows a redirect", async () => {
    await expect(createProviderFetch({ provider: "shopify" })(`${base}/redirect`)).rejects.toBeInstanceOf(
      ProviderError,
    );
  });

  it("gives up after the timeout and reports a network error", async () => {
    const calls: ProviderCall[] = [];
    const stop = observeProviderCalls((call) => calls.push(call));
    await expect(createProviderFetch({ provider: "luca", timeoutMs: 100 })(`${base}/slow`)).rejects.toThrow();
    stop();
    expect(calls[0]?.status).toBe("network_error");
  });

  it("keeps API versions and dates in endpoint labels", () => {
    expect(endpointLabel(new URL("https://x.myshopify.com/admin/api/2026-10/graphql.json"))).toBe(
      "/admin/api/2026-10/graphql.json",
    );
    expect(endpointLabel(new URL("https://api.trendyol.com/v2/orders/123"))).toBe("/v2/orders/:id");
  });
});
