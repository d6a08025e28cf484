import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseIyzicoWebhook, verifyIyzicoWebhook } from "@/lib/providers/iyzico/webhook";
import { buildSampleIyzicoWebhook, IYZICO_WEBHOOK_EVENT_TYPES } from "@/lib/providers/iyzico/webhook-sample";

// Official vectors: iyzipay-php samples/webhook_Signature_Validation.php (re-computed in the fact sheet).
const SECRET = "sandbox-UuLnD7wZa0a3DmytfIrwHQqAMfqCNJrs";
const HPP = {
  paymentConversationId: "conversationId",
  merchantId: 3397040,
  paymentId: 22483975,
  iyziPaymentId: 22483975,
  token: "e828c62d-fd12-4b1a-ad5a-380f15fe6596",
  status: "SUCCESS",
  iyziReferenceCode: "4d1c7a6b-0000-4000-8000-000000000001",
  iyziEventType: "CHECKOUT_FORM_AUTH",
  iyziEventTime: 1762000000000,
};
const HPP_SIGNATURE = "4031c575763486a2d2bf3f7ace0baebfcd6bed65393ab4df3fe80c00d5fd6878";
const DIRECT = {
  paymentConversationId: "conversationId",
  merchantId: 3397040,
  paymentId: 22484059,
  status: "SUCCESS",
  iyziEventType: "API_AUTH",
  iyziEventTime: 1762000000000,
};
const DIRECT_SIGNATURE = "92c7a72b7741bc83eb696066605c894778c87297b2c88d6037670666230e18ae";

const credentials = { secret_key: SECRET, merchant_id: "" };
const verify = (
  payload: unknown,
  headers: Record<string, string>,
  creds: { secret_key: string; merchant_id?: string; signed_notifications?: string } = credentials,
) => verifyIyzicoWebhook({ rawBody: JSON.stringify(payload), headers: new Headers(headers), credentials: creds });

describe("verifyIyzicoWebhook", () => {
  it("accepts the official hosted-page and direct vectors (header name in any case)", () => {
    expect(verify(HPP, { "X-IYZ-SIGNATURE-V3": HPP_SIGNATURE })).toEqual({ ok: true });
    expect(verify(DIRECT, { "X-Iyz-Signature-V3": DIRECT_SIGNATURE.toUpperCase() })).toEqual({ ok: true });
  });

  it("accepts a signature computed from the documented formula", () => {
    const payload = { ...DIRECT, paymentId: "31337", paymentConversationId: "sipariş-42", status: "FAILURE" };
    const text = `${SECRET}API_AUTH31337sipariş-42FAILURE`;
    const signature = createHmac("sha256", SECRET).update(text, "utf8").digest("hex");
    expect(verify(payload, { "x-iyz-signature-v3": signature })).toEqual({ ok: true });
  });

  it("rejects tampered fields, a wrong secret, another merchant and the retired V2 header", () => {
    expect(verify({ ...HPP, status: "FAILURE" }, { "x-iyz-signature-v3": HPP_SIGNATURE })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify({ ...DIRECT, paymentId: 22484060 }, { "x-iyz-signature-v3": DIRECT_SIGNATURE })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify(HPP, { "x-iyz-signature-v3": HPP_SIGNATURE }, { secret_key: "sandbox-other" })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify(HPP, { "x-iyz-signature-v3": HPP_SIGNATURE }, { secret_key: SECRET, merchant_id: "1" })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(
      verify(HPP, { "x-iyz-signature-v3": HPP_SIGNATURE }, { secret_key: SECRET, merchant_id: "3397040" }),
    ).toEqual({ ok: true });
    expect(
      verify(HPP, { "x-iyz-signature-v2": HPP_SIGNATURE }, { secret_key: SECRET, signed_notifications: "required" }),
    ).toEqual({ ok: false, reason: "missing" });
  });

  it("treats an unparsable body as a mismatch and a missing header as missing", () => {
    expect(
      verifyIyzicoWebhook({ rawBody: "{", headers: new Headers({ "x-iyz-signature-v3": HPP_SIGNATURE }), credentials }),
    ).toEqual({ ok: false, reason: "mismatch" });
    expect(verify(HPP, {}, { secret_key: SECRET, signed_notifications: "required" })).toEqual({
      ok: false,
      reason: "missing",
    });
  });

  it("accepts unsigned notifications as hints until signing is required, at a bounded rate", () => {
    const at = new Date("2026-11-29T10:00:00Z");
    const unsigned = (creds: { secret_key: string; signed_notifications?: string }, now: Date) =>
      verifyIyzicoWebhook({ rawBody: JSON.stringify(DIRECT), headers: new Headers(), credentials: creds, now });
    expect(unsigned({ secret_key: SECRET }, at)).toEqual({ ok: true });
    expect(unsigned({ secret_key: SECRET, signed_notifications: "required" }, at)).toEqual({
      ok: false,
      reason: "missing",
    });
    const later = new Date(at.getTime() + 120_000);
    const results = Array.from({ length: 61 }, () => unsigned({ secret_key: SECRET }, later).ok);
    expect(results.filter(Boolean)).toHaveLength(60);
    expect(unsigned({ secret_key: SECRET }, new Date(later.getTime() + 60_000))).toEqual({ ok: true });
  });
});

describe("parseIyzicoWebhook", () => {
  const parse = (payload: unknown) => parseIyzicoWebhook({ rawBody: JSON.stringify(payload), headers: new Headers() });

  it("derives type and id from iyziEventType, status and the payment id", () => {
    expect(parse(HPP)).toMatchObject({
      ok: true,
      eventType: "CHECKOUT_FORM_AUTH.SUCCESS",
      eventId: "22483975:CHECKOUT_FORM_AUTH:SUCCESS",
    });
    expect(parse(DIRECT)).toMatchObject({
      ok: true,
      eventType: "API_AUTH.SUCCESS",
      eventId: "22484059:API_AUTH:SUCCESS",
    });
  });

  it("reports the first bad field", () => {
    expect(parse({ ...DIRECT, paymentId: "abc" })).toMatchObject({ ok: false, path: "paymentId" });
    expect(parse({ ...HPP, iyziPaymentId: undefined })).toMatchObject({ ok: false, path: "iyziPaymentId" });
    expect(parse({ ...DIRECT, iyziEventType: undefined })).toMatchObject({ ok: false, path: "iyziEventType" });
  });
});

describe("buildSampleIyzicoWebhook", () => {
  it.each(IYZICO_WEBHOOK_EVENT_TYPES)("%s verifies and parses", (type) => {
    const sample = buildSampleIyzicoWebhook(type, { secret_key: SECRET, merchant_id: "3397040" });
    const headers = new Headers(sample.headers);
    const creds = { secret_key: SECRET, merchant_id: "3397040" };
    expect(verifyIyzicoWebhook({ rawBody: sample.body, headers, credentials: creds })).toEqual({ ok: true });
    expect(parseIyzicoWebhook({ rawBody: sample.body, headers })).toMatchObject({ ok: true, eventType: type });
  });
});
