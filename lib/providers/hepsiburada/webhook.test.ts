import { describe, expect, it } from "vitest";
import { parseHepsiburadaWebhook, verifyHepsiburadaWebhook } from "@/lib/providers/hepsiburada/webhook";
import {
  buildSampleHepsiburadaWebhook,
  HEPSIBURADA_WEBHOOK_EVENT_TYPES,
} from "@/lib/providers/hepsiburada/webhook-sample";

const MERCHANT = "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42";
const basic = { webhook_username: "hb-hook", webhook_password: "s3cr3t" };
const apiKey = { webhook_api_key: "hbk_1234567890" };
const basicHeader = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
const ORDER = {
  eventType: "ORDER_STATUS_CHANGED",
  merchantId: MERCHANT,
  orderNumber: "4123456789",
  status: "Delivered",
  occurredAt: "2026-11-02T10:00:00+03:00",
};
const verify = (
  headers: Record<string, string>,
  credentials: Parameters<typeof verifyHepsiburadaWebhook>[0]["credentials"],
) => verifyHepsiburadaWebhook({ rawBody: JSON.stringify(ORDER), headers: new Headers(headers), credentials });

describe("verifyHepsiburadaWebhook", () => {
  it("accepts the registered Basic credentials or shared key", () => {
    expect(verify({ authorization: basicHeader("hb-hook", "s3cr3t") }, basic)).toEqual({ ok: true });
    expect(verify({ "x-api-key": "hbk_1234567890" }, apiKey)).toEqual({ ok: true });
  });

  it("rejects wrong credentials", () => {
    expect(verify({ authorization: basicHeader("hb-hook", "s3cr3T") }, basic)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify({ authorization: "Basic !!!" }, basic)).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ "x-api-key": "hbk_12345678901" }, apiKey)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("reports missing credentials", () => {
    expect(verify({}, { ...basic, ...apiKey })).toEqual({ ok: false, reason: "missing" });
  });
});

describe("parseHepsiburadaWebhook", () => {
  const parse = (payload: unknown) =>
    parseHepsiburadaWebhook({ rawBody: JSON.stringify(payload), headers: new Headers() });

  it("returns the event type and a stable event id", () => {
    expect(parse(ORDER)).toMatchObject({
      ok: true,
      eventType: "ORDER_STATUS_CHANGED",
      eventId: "ORDER_STATUS_CHANGED:4123456789::Delivered:2026-11-02T10:00:00+03:00",
    });
    expect(parse({ ...ORDER, eventId: "d-1" })).toMatchObject({ eventId: "d-1" });
    expect(parse({ eventType: "PRODUCT_UPDATED", merchantId: MERCHANT, hepsiburadaSku: "HBCV1" })).toMatchObject({
      ok: true,
      eventType: "PRODUCT_UPDATED",
    });
  });

  it("reports the first bad field", () => {
    expect(parse({ ...ORDER, eventType: "ORDER_CREATED" })).toMatchObject({ ok: false, path: "eventType" });
    expect(parse({ ...ORDER, orderNumber: "" })).toMatchObject({ ok: false, path: "orderNumber" });
    expect(parse({ ...ORDER, merchantId: "42" })).toMatchObject({ ok: false, path: "merchantId" });
    expect(parse({ eventType: "PRODUCT_UPDATED", merchantId: MERCHANT })).toMatchObject({
      ok: false,
      path: "merchantSku",
    });
  });
});

describe("buildSampleHepsiburadaWebhook", () => {
  it.each(HEPSIBURADA_WEBHOOK_EVENT_TYPES)("%s verifies (Basic and key) and parses", (type) => {
    for (const auth of [basic, apiKey]) {
      const credentials = { merchant_id: MERCHANT, ...auth };
      const sample = buildSampleHepsiburadaWebhook(type, credentials);
      const headers = new Headers(sample.headers);
      expect(verifyHepsiburadaWebhook({ rawBody: sample.body, headers, credentials })).toEqual({ ok: true });
      expect(parseHepsiburadaWebhook({ rawBody: sample.body, headers })).toMatchObject({ ok: true, eventType: type });
    }
  });
});
