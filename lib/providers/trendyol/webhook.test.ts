import { describe, expect, it } from "vitest";
import { parseTrendyolWebhook, verifyTrendyolWebhook } from "@/lib/providers/trendyol/webhook";
import { buildSampleTrendyolWebhook, TRENDYOL_WEBHOOK_EVENT_TYPES } from "@/lib/providers/trendyol/webhook-sample";

const basic = { webhook_username: "kopru-hook", webhook_password: "p@ss:wörd" };
const apiKey = { webhook_api_key: "tyk_9f8e7d6c" };
const basicHeader = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
const BODY = JSON.stringify({
  id: 3257894512,
  orderNumber: "80869231",
  status: "Created",
  lastModifiedDate: 1762070400000,
  lines: [],
});
const verify = (
  headers: Record<string, string>,
  credentials: Parameters<typeof verifyTrendyolWebhook>[0]["credentials"],
) => verifyTrendyolWebhook({ rawBody: BODY, headers: new Headers(headers), credentials });

describe("verifyTrendyolWebhook", () => {
  it("accepts the registered Basic credentials (password may contain a colon)", () => {
    expect(verify({ Authorization: basicHeader("kopru-hook", "p@ss:wörd") }, basic)).toEqual({ ok: true });
  });

  it("accepts the registered API key in x-api-key", () => {
    expect(verify({ "X-Api-Key": "tyk_9f8e7d6c" }, apiKey)).toEqual({ ok: true });
  });

  it("rejects wrong credentials and a scheme that was not configured", () => {
    expect(verify({ authorization: basicHeader("kopru-hook", "wrong") }, basic)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify({ authorization: basicHeader("other", "p@ss:wörd") }, basic)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify({ "x-api-key": "tyk_other" }, apiKey)).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ "x-api-key": "tyk_9f8e7d6c" }, basic)).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ authorization: "Bearer tyk_9f8e7d6c" }, apiKey)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("fails closed when nothing is configured", () => {
    expect(verify({ authorization: basicHeader("", "") }, {})).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ "x-api-key": "anything" }, { webhook_api_key: "", webhook_username: "u" })).toEqual({
      ok: false,
      reason: "mismatch",
    });
  });

  it("reports missing credentials", () => {
    expect(verify({}, basic)).toEqual({ ok: false, reason: "missing" });
  });
});

describe("parseTrendyolWebhook", () => {
  const parse = (payload: unknown) =>
    parseTrendyolWebhook({ rawBody: JSON.stringify(payload), headers: new Headers() });

  it("derives the event type from the package status", () => {
    expect(parseTrendyolWebhook({ rawBody: BODY, headers: new Headers() })).toMatchObject({
      ok: true,
      eventType: "order.created",
      eventId: "3257894512:CREATED:1762070400000",
    });
    const base = { id: 1, orderNumber: 2, lastModifiedDate: 3 };
    expect(parse({ ...base, status: "PICKING" })).toMatchObject({ eventType: "order.status_changed" });
    expect(parse({ ...base, shipmentPackageStatus: "UnSupplied" })).toMatchObject({ eventType: "order.cancelled" });
    expect(parse({ ...base, status: "Cancelled" })).toMatchObject({
      eventType: "order.cancelled",
      eventId: "1:CANCELLED:3",
    });
  });

  it("reports the first bad field", () => {
    expect(parse({ id: 1, status: "Created" })).toMatchObject({ ok: false, path: "orderNumber" });
    expect(parse({ orderNumber: "1", status: "Created" })).toMatchObject({ ok: false, path: "id" });
    expect(parse({ id: 1, orderNumber: "1" })).toMatchObject({ ok: false, path: "status" });
    expect(parse({ id: 1, orderNumber: "1", status: "Created", lines: [{ id: "x", quantity: 1 }] })).toMatchObject({
      ok: false,
      path: "lines.0.id",
    });
  });
});

describe("buildSampleTrendyolWebhook", () => {
  it.each(TRENDYOL_WEBHOOK_EVENT_TYPES)("%s verifies (Basic and API key) and parses", (type) => {
    for (const credentials of [basic, apiKey]) {
      const sample = buildSampleTrendyolWebhook(type, credentials);
      const headers = new Headers(sample.headers);
      expect(verifyTrendyolWebhook({ rawBody: sample.body, headers, credentials })).toEqual({ ok: true });
      expect(parseTrendyolWebhook({ rawBody: sample.body, headers })).toMatchObject({ ok: true, eventType: type });
    }
  });
});
