import { describe, expect, it } from "vitest";
import { safeEqual } from "@/lib/providers/safe-equal";
import { REDACTED, redactHeaders } from "@/lib/providers/webhook-headers";

describe("safeEqual", () => {
  it("is true only for identical strings", () => {
    expect(safeEqual("whsec_abc", "whsec_abc")).toBe(true);
    expect(safeEqual("whsec_abc", "whsec_abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(safeEqual("", "")).toBe(true);
    expect(safeEqual("ş", "s")).toBe(false);
  });
});

describe("redactHeaders", () => {
  it("keeps routing headers and hides every secret-bearing one", () => {
    const headers = new Headers({
      "Content-Type": "application/json",
      "X-Shopify-Topic": "orders/create",
      "X-Shopify-Webhook-Id": "b54557e4",
      "X-Shopify-Hmac-Sha256": "VIFDT/lAACF9BKPS",
      "Stripe-Signature": "t=1,v1=abc",
      "X-IYZ-SIGNATURE-V3": "4031c575",
      "X-Iyz-Signature-V2": "old",
      Authorization: "Basic a3VsbGFuaWNpOnNpZnJl",
      Cookie: "session=1",
      "X-Api-Key": "tyk_9f8e",
      "X-Custom-Secret": "s",
      "X-Access-Token": "t",
      "X-Relay-Password": "p",
    });
    const redacted = redactHeaders(headers, ["X-Merchant-Pin"]);
    expect(redacted).toMatchObject({
      "content-type": "application/json",
      "x-shopify-topic": "orders/create",
      "x-shopify-webhook-id": "b54557e4",
    });
    for (const name of [
      "x-shopify-hmac-sha256",
      "stripe-signature",
      "x-iyz-signature-v3",
      "x-iyz-signature-v2",
      "authorization",
      "cookie",
      "x-api-key",
      "x-custom-secret",
      "x-access-token",
      "x-relay-password",
    ]) {
      expect(redacted[name], name).toBe(REDACTED);
    }
    expect(redactHeaders(new Headers({ "X-Merchant-Pin": "1234" }), ["X-Merchant-Pin"])).toEqual({
      "x-merchant-pin": REDACTED,
    });
  });
});
