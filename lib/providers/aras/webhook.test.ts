import { describe, expect, it } from "vitest";
import { parseArasWebhook, verifyArasWebhook } from "@/lib/providers/aras/webhook";
import { ARAS_WEBHOOK_EVENT_TYPES, buildSampleArasWebhook } from "@/lib/providers/aras/webhook-sample";

const basic = { webhook_username: "aras-relay", webhook_password: "Gizli-Şifre-1" };
const apiKey = { webhook_api_key: "ark_5b0c" };
const basicHeader = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
const ROW = {
  MUSTERI_OZEL_KODU: "100200300",
  KARGO_TAKIP_NO: "3330001234567",
  DURUM_KODU: 6,
  TIP_KODU: "1",
  ISLEM_TARIHI: "02.11.2026 14:05:00",
};
const verify = (headers: Record<string, string>, credentials: Parameters<typeof verifyArasWebhook>[0]["credentials"]) =>
  verifyArasWebhook({ rawBody: JSON.stringify(ROW), headers: new Headers(headers), credentials });

describe("verifyArasWebhook", () => {
  it("accepts the configured Basic credentials (UTF-8) or key", () => {
    expect(verify({ authorization: basicHeader("aras-relay", "Gizli-Şifre-1") }, basic)).toEqual({ ok: true });
    expect(verify({ "x-api-key": "ark_5b0c" }, apiKey)).toEqual({ ok: true });
  });

  it("rejects wrong credentials and reports missing ones", () => {
    expect(verify({ authorization: basicHeader("aras-relay", "Gizli-Sifre-1") }, basic)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify({ "x-api-key": "ark_5b0d" }, apiKey)).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({}, basic)).toEqual({ ok: false, reason: "missing" });
  });
});

describe("parseArasWebhook", () => {
  const parse = (payload: unknown) => parseArasWebhook({ rawBody: JSON.stringify(payload), headers: new Headers() });

  it("maps DURUM_KODU / TIP_KODU to an event type", () => {
    expect(parse(ROW)).toMatchObject({
      ok: true,
      eventType: "shipment.delivered",
      eventId: "100200300:6:1:02.11.2026 14:05:00",
    });
    expect(parse({ ...ROW, DURUM_KODU: "4" })).toMatchObject({ eventType: "shipment.status_changed" });
    expect(parse({ ...ROW, DURUM_KODU: "6", TIP_KODU: 3 })).toMatchObject({ eventType: "shipment.returned" });
  });

  it("reports the first bad field", () => {
    expect(parse({ ...ROW, DURUM_KODU: "9" })).toMatchObject({ ok: false, path: "DURUM_KODU" });
    expect(parse({ ...ROW, MUSTERI_OZEL_KODU: undefined })).toMatchObject({ ok: false, path: "MUSTERI_OZEL_KODU" });
    expect(parse([ROW])).toMatchObject({ ok: false, path: "$" });
  });
});

describe("buildSampleArasWebhook", () => {
  it.each(ARAS_WEBHOOK_EVENT_TYPES)("%s verifies and parses", (type) => {
    for (const credentials of [basic, apiKey]) {
      const sample = buildSampleArasWebhook(type, credentials);
      const headers = new Headers(sample.headers);
      expect(verifyArasWebhook({ rawBody: sample.body, headers, credentials })).toEqual({ ok: true });
      expect(parseArasWebhook({ rawBody: sample.body, headers })).toMatchObject({ ok: true, eventType: type });
    }
  });
});
