import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseShopifyWebhook, verifyShopifyWebhook } from "@/lib/providers/shopify/webhook";
import { buildSampleShopifyWebhook, SHOPIFY_WEBHOOK_EVENT_TYPES } from "@/lib/providers/shopify/webhook-sample";

// Fact sheet vector (node crypto, checked with openssl).
const VECTOR_SECRET = "shopify_test_client_secret";
const VECTOR_BODY = '{"id":450789469,"topic_hint":"orders/create","total_price":"10.00"}';
const VECTOR_HMAC = "VIFDT/lAACF9BKPS/ypm9zSU6f3Am9GrttVq9sRbaLg=";

const credentials = { webhook_secret: VECTOR_SECRET, shop_domain: "kopru-demo.myshopify.com" };
const hmac = (secret: string, body: string) => createHmac("sha256", secret).update(body, "utf8").digest("base64");
const verify = (rawBody: string, headers: Record<string, string>, secret = VECTOR_SECRET) =>
  verifyShopifyWebhook({
    rawBody,
    headers: new Headers(headers),
    credentials: { webhook_secret: secret, shop_domain: "kopru-demo.myshopify.com" },
  });

describe("verifyShopifyWebhook", () => {
  it("accepts the documented vector, header name in any case", () => {
    expect(verify(VECTOR_BODY, { "X-Shopify-Hmac-Sha256": VECTOR_HMAC })).toEqual({ ok: true });
  });

  it("accepts a non-ASCII body signed over its UTF-8 bytes", () => {
    const body = '{"id":1,"title":"Çay bardağı — İstanbul"}';
    expect(verify(body, { "x-shopify-hmac-sha256": hmac(VECTOR_SECRET, body) })).toEqual({ ok: true });
  });

  it("rejects a tampered body, a wrong secret and a hex digest", () => {
    expect(verify(VECTOR_BODY.replace("10.00", "1.00"), { "x-shopify-hmac-sha256": VECTOR_HMAC })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify(VECTOR_BODY, { "x-shopify-hmac-sha256": VECTOR_HMAC }, "other_secret")).toEqual({
      ok: false,
      reason: "mismatch",
    });
    const hex = createHmac("sha256", VECTOR_SECRET).update(VECTOR_BODY).digest("hex");
    expect(verify(VECTOR_BODY, { "x-shopify-hmac-sha256": hex })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("reports a missing or empty header", () => {
    expect(verify(VECTOR_BODY, {})).toEqual({ ok: false, reason: "missing" });
    expect(verify(VECTOR_BODY, { "x-shopify-hmac-sha256": " " })).toEqual({ ok: false, reason: "missing" });
  });
});

describe("parseShopifyWebhook", () => {
  const order = JSON.stringify({
    id: 450789469,
    admin_graphql_api_id: "gid://shopify/Order/450789469",
    name: "#1001",
    updated_at: "2026-11-02T10:00:00+03:00",
  });

  it("takes the type from the topic and the id from X-Shopify-Webhook-Id", () => {
    const headers = new Headers({
      "x-shopify-topic": "orders/create",
      "x-shopify-webhook-id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
      "x-shopify-event-id": "e1",
    });
    const result = parseShopifyWebhook({ rawBody: order, headers });
    expect(result).toMatchObject({
      ok: true,
      eventId: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
      eventType: "orders/create",
    });
    expect(
      parseShopifyWebhook({
        rawBody: order,
        headers: new Headers({ "x-shopify-topic": "orders/create", "x-shopify-event-id": "e1" }),
      }),
    ).toMatchObject({ eventId: "e1" });
  });

  it("reports the first bad field", () => {
    const headers = new Headers({ "x-shopify-topic": "orders/updated" });
    const bad = JSON.stringify({
      id: 450789469,
      admin_graphql_api_id: "gid://shopify/Product/1",
      name: "#1001",
      updated_at: "x",
    });
    expect(parseShopifyWebhook({ rawBody: bad, headers })).toMatchObject({ ok: false, path: "admin_graphql_api_id" });
    expect(parseShopifyWebhook({ rawBody: '{"id":true}', headers })).toMatchObject({ ok: false, path: "id" });
    expect(parseShopifyWebhook({ rawBody: "{", headers })).toMatchObject({ ok: false, path: "$" });
    expect(parseShopifyWebhook({ rawBody: order, headers: new Headers() })).toMatchObject({
      ok: false,
      path: "headers.x-shopify-topic",
    });
  });
});

describe("Shopify ids beyond 2^53", () => {
  it("keeps the test notification's ids digit for digit", () => {
    // What Shopify's "Send test notification" delivers for orders/create, cut to the fields that matter here.
    const rawBody = `{"id":820982911946154508,"admin_graphql_api_id":"gid://shopify/Order/820982911946154508",
      "name":"#9999","updated_at":"2026-11-29T10:00:00-05:00","total_price":"403.00",
      "line_items":[{"id":866550311766439020,"sku":"IPOD2008BLACK","quantity":1,"price":"199.00"},
        {"id":141249953214522974,"sku":"IPOD2008PINK","quantity":2,"price":"102.00"}]}`;
    const result = parseShopifyWebhook({ rawBody, headers: new Headers({ "x-shopify-topic": "orders/create" }) });
    expect(result).toMatchObject({
      ok: true,
      payload: {
        id: "820982911946154508",
        line_items: [{ id: "866550311766439020" }, { id: "141249953214522974" }],
      },
    });
  });
});

describe("buildSampleShopifyWebhook", () => {
  it.each(SHOPIFY_WEBHOOK_EVENT_TYPES)("%s verifies and parses", (topic) => {
    const sample = buildSampleShopifyWebhook(topic, credentials);
    const headers = new Headers(sample.headers);
    expect(sample.headers["x-shopify-hmac-sha256"]).toBe(hmac(VECTOR_SECRET, sample.body));
    expect(verifyShopifyWebhook({ rawBody: sample.body, headers, credentials })).toEqual({ ok: true });
    expect(parseShopifyWebhook({ rawBody: sample.body, headers })).toMatchObject({ ok: true, eventType: topic });
  });
});

describe("webhook secret rotation", () => {
  const body = '{"id":8207000000000000017,"admin_graphql_api_id":"gid://shopify/Order/8207000000000000017"}';
  const headersFor = (secret: string) => new Headers({ "x-shopify-hmac-sha256": hmac(secret, body) });
  const check = (secret: string, credentials: Record<string, string>) =>
    verifyShopifyWebhook({
      rawBody: body,
      headers: headersFor(secret),
      credentials: { shop_domain: "kopru-demo.myshopify.com", ...credentials },
    });

  it("accepts the old and the new secret while both are stored, and only the new one after the old is removed", () => {
    const during = { client_secret: "new-secret", previous_client_secret: "old-secret" };
    expect(check("new-secret", during)).toEqual({ ok: true });
    expect(check("old-secret", during)).toEqual({ ok: true });
    expect(check("other", during)).toEqual({ ok: false, reason: "mismatch" });
    const after = { client_secret: "new-secret" };
    expect(check("new-secret", after)).toEqual({ ok: true });
    expect(check("old-secret", after)).toEqual({ ok: false, reason: "mismatch" });
  });

  it("verifies the Events preview's header name too", () => {
    const headers = new Headers({ "shopify-hmac-sha256": hmac("s", body) });
    expect(
      verifyShopifyWebhook({
        rawBody: body,
        headers,
        credentials: { client_secret: "s", shop_domain: "x.myshopify.com" },
      }),
    ).toEqual({ ok: true });
  });
});
