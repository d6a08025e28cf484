import { describe, expect, it } from "vitest";
import { parseTrendyolWebhook, verifyTrendyolWebhook } from "@/lib/providers/trendyol/webhook";
import { buildSampleTrendyolWebhook, TRENDYOL_WEBHOOK_EVENT_TYPES } from "@/lib/providers/trendyol/webhook-sample";

const basic = { webhook_username: "kopru-hook", webhook_password: "p@ss:wörd" };
const apiKey = { webhook_api_key: "tyk_9f8e7d6c" };
const basicHeader = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
const PACKAGE = {
  shipmentPackageId: 3257894512,
  orderNumber: "80869231",
  status: "Created",
  lastModifiedDate: 1762070400000,
  cargoTrackingNumber: 7330000000000000001,
  lines: [],
};
const envelope = (...content: unknown[]) => ({
  totalElements: content.length,
  totalPages: 1,
  page: 0,
  size: 1,
  content,
});
const BODY = JSON.stringify(envelope(PACKAGE)).replace("7330000000000000000", "7330000000000000001");
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

  it("reads the package envelope; the event id is shipmentPackageId + lastModifiedDate, int64s kept exact", () => {
    const parsed = parseTrendyolWebhook({ rawBody: BODY, headers: new Headers() });
    expect(parsed).toMatchObject({ ok: true, eventType: "order.created", eventId: "3257894512:1762070400000" });
    const payload = (parsed as { payload: { content: { cargoTrackingNumber: unknown }[] } }).payload;
    expect(payload.content[0]?.cargoTrackingNumber).toBe("7330000000000000001");
  });

  it.each([
    ["PICKING", "order.status_changed"],
    ["UnSupplied", "order.cancelled"],
    ["Cancelled", "order.cancelled"],
    ["AT_COLLECTION_POINT", "order.status_changed"],
  ])("derives the event type from status %s", (status, eventType) => {
    const base = { shipmentPackageId: 1, orderNumber: 2, lastModifiedDate: 3 };
    expect(parse(envelope({ ...base, status }))).toMatchObject({ eventType, eventId: "1:3" });
  });

  it("accepts a bare package and pre-rename names (id), in one place", () => {
    expect(parse({ id: 9, orderNumber: "1", status: "Created", lastModifiedDate: 5 })).toMatchObject({
      ok: true,
      eventId: "9:5",
    });
  });

  it("dedupes per package: several packages in one delivery make one id of all of them", () => {
    const a = { shipmentPackageId: 1, orderNumber: "1", status: "Shipped", lastModifiedDate: 10 };
    const b = { ...a, shipmentPackageId: 2, lastModifiedDate: 11 };
    expect(parse(envelope(a, b))).toMatchObject({ eventId: "1:10,2:11" });
  });

  it("reports the first bad field", () => {
    const ok = { shipmentPackageId: 1, orderNumber: "1", status: "Created", lastModifiedDate: 1 };
    expect(parse(envelope({ ...ok, orderNumber: undefined }))).toMatchObject({
      ok: false,
      path: "content.0.orderNumber",
    });
    expect(parse(envelope({ ...ok, status: undefined }))).toMatchObject({ ok: false, path: "content.0.status" });
    expect(parse(envelope({ ...ok, lastModifiedDate: undefined }))).toMatchObject({
      ok: false,
      path: "content.0.lastModifiedDate",
    });
    expect(parse({ totalElements: 0, content: [] })).toMatchObject({ ok: false, path: "content" });
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
