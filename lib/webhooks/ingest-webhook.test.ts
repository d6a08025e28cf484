import { createHash, createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { orders, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { startShopifyFake } from "@/lib/providers/shopify/fake-server";
import { createTestActor } from "@/lib/testing/actors";
import { ingestWebhook, MAX_WEBHOOK_BYTES } from "./ingest-webhook";
import { getWebhookEvent, listWebhookFailureGroups } from "./list-webhook-events";
import { processClaimedWebhookEvent, startWebhookEvent } from "./process-webhook-event";
import { createRateLimiter } from "./rate-limit";
import { PROVIDERS, type WebhookDefinition } from "@/lib/providers/registry";
import type { WebhookProviderId } from "./handlers/test-delivery";

const webhookOf = (provider: WebhookProviderId): WebhookDefinition => PROVIDERS[provider].webhook!;

const hmac = (key: string, text: string, encoding: "hex" | "base64") =>
  createHmac("sha256", key).update(text, "utf8").digest(encoding);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

type Case = {
  config: Record<string, unknown>;
  eventType: string;
  /** Signs `body` the way the provider documents it, computed here and not by Köprü's own signer. */
  sign: (body: string, secret: string) => Record<string, string>;
  secret: string;
  /** Basic-auth pushes carry no body signature, so a changed body with the right credentials is still genuine. */
  signsBody: boolean;
};

const SHOP_SECRET = "shopify-webhook-secret-1234";
const STRIPE_SECRET = "whsec_test_0123456789abcdef";
const IYZICO_SECRET = "sandbox-secretKey456";
const BASIC = { webhook_username: "kopru-hook", webhook_password: "hook-password-9876" };

const CASES: Record<WebhookProviderId, Case> = {
  shopify: {
    config: { shop_domain: "demo-store.myshopify.com", access_token: "shpat_0123456789", client_secret: SHOP_SECRET },
    eventType: "orders/create",
    secret: SHOP_SECRET,
    signsBody: true,
    sign: (body, secret) => ({ "x-shopify-hmac-sha256": hmac(secret, body, "base64") }),
  },
  stripe: {
    config: { secret_key: "sk_test_123", publishable_key: "pk_test_123", webhook_secret: STRIPE_SECRET },
    eventType: "payment_intent.succeeded",
    secret: STRIPE_SECRET,
    signsBody: true,
    sign: (body, secret) => {
      const t = Math.floor(Date.now() / 1000);
      return { "stripe-signature": `t=${t},v1=${hmac(secret, `${t}.${body}`, "hex")}` };
    },
  },
  iyzico: {
    // Signing enabled: unsigned deliveries are refused (before that they are accepted as hints; see lib/payments).
    config: { api_key: "sandbox-apiKey123", secret_key: IYZICO_SECRET, signed_notifications: "required" },
    eventType: "API_AUTH.SUCCESS",
    secret: IYZICO_SECRET,
    signsBody: true,
    sign: (body, secret) => {
      const p = JSON.parse(body) as Record<string, string>;
      const text = `${secret}${p.iyziEventType}${p.paymentId}${p.paymentConversationId}${p.status}`;
      return { "x-iyz-signature-v3": hmac(secret, text, "hex") };
    },
  },
  hepsiburada: {
    config: {
      merchant_id: "12345678-1234-1234-1234-123456789012",
      service_key: "hb-service-key",
      developer_username: "kopru_dev",
      ...BASIC,
    },
    eventType: "package.in_transit",
    secret: BASIC.webhook_password,
    signsBody: false,
    sign: (_body, secret) => ({ authorization: basic(BASIC.webhook_username, secret) }),
  },
  trendyol: {
    config: { seller_id: "123456", api_key: "k", api_secret: "s", ...BASIC },
    eventType: webhookOf("trendyol").eventTypes[0]!,
    secret: BASIC.webhook_password,
    signsBody: false,
    sign: (_body, secret) => ({ authorization: basic(BASIC.webhook_username, secret) }),
  },
};

describeWithDatabase("webhook intake", (database) => {
  const db = () => database().db;
  const deliver = (provider: string, rawBody: string | null, headers: Record<string, string>, ip = "203.0.113.10") =>
    ingestWebhook({
      db: db(),
      provider,
      rawBody,
      headers: new Headers({ "content-type": "application/json", ...headers }),
      ip,
      // Hepsiburada calls sub-paths of its base URL; the intake routes by method and path.
      call: provider === "hepsiburada" ? { method: "PUT", path: "/packages/600000001/intransit" } : undefined,
    });
  const rows = (provider: string) => db().select().from(webhookEvents).where(eq(webhookEvents.provider, provider));

  beforeAll(async () => {
    const { actor } = await createTestActor(db(), "admin");
    for (const [provider, testCase] of Object.entries(CASES)) {
      await saveIntegrationConfig({ db: db(), actor, type: provider, body: { is_active: true, ...testCase.config } });
    }
  });

  for (const provider of Object.keys(CASES) as WebhookProviderId[]) {
    const testCase = CASES[provider];
    const sample = () => {
      const { body, headers } = webhookOf(provider).buildSample(testCase.eventType, testCase.config);
      const unsigned = Object.fromEntries(
        Object.entries(headers).filter(([name]) => !/hmac|signature|authorization/i.test(name)),
      );
      return { body, unsigned };
    };

    it(`${provider}: a correctly signed delivery is stored once and answered 200`, async () => {
      const { body, unsigned } = sample();
      const outcome = await deliver(provider, body, { ...unsigned, ...testCase.sign(body, testCase.secret) });
      expect(outcome.status).toBe(200);
      expect(outcome.stored?.id).toEqual(expect.any(Number));
      const again = await deliver(provider, body, { ...unsigned, ...testCase.sign(body, testCase.secret) });
      expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
      const stored = await db()
        .select()
        .from(webhookEvents)
        .where(and(eq(webhookEvents.provider, provider), eq(webhookEvents.status, "received")));
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ eventType: testCase.eventType, isTest: false });
      expect(stored[0]!.headers).toEqual(expect.objectContaining({ "content-type": "application/json" }));
      expect(JSON.stringify(stored[0]!.headers)).not.toContain(testCase.secret);
    });

    it(`${provider}: ${testCase.signsBody ? "tampered body, " : ""}wrong secret and missing signature answer 401 and are kept as a hash and a prefix`, async () => {
      const { body, unsigned } = sample();
      const signed = testCase.sign(body, testCase.secret);
      const tampered = body.replace(/\d/, (digit) => String((Number(digit) + 1) % 10));
      const attempts = [
        ...(testCase.signsBody ? [await deliver(provider, tampered, { ...unsigned, ...signed })] : []),
        await deliver(provider, body, { ...unsigned, ...testCase.sign(body, `${testCase.secret}-wrong`) }),
        await deliver(provider, body, unsigned),
      ];
      for (const outcome of attempts) {
        expect(outcome.status).toBe(401);
        expect(JSON.stringify(outcome.body)).not.toContain(testCase.secret);
      }
      const rejected = (await rows(provider)).filter((row) => row.status === "rejected");
      // The same body twice is one row counted twice, not two rows.
      expect(rejected).toHaveLength(testCase.signsBody ? 2 : 1);
      expect(rejected.reduce((sum, row) => sum + row.repeatCount, 0)).toBe(attempts.length);
      const original = rejected.find((row) => row.bodySha256 === sha256(body));
      expect(original).toMatchObject({ repeatCount: 2, bodySize: Buffer.byteLength(body) });
      expect(original!.rejectionReason).toMatch(/^signature /);
      expect(JSON.stringify(original!.headers)).not.toContain(testCase.secret);
    });

    it(`${provider}: a signed payload of the wrong shape is stored and answered 200, then fails naming the field`, async () => {
      const body = JSON.stringify({ unexpected: true });
      const outcome = await deliver(provider, body, { ...sample().unsigned, ...testCase.sign(body, testCase.secret) });
      // iyzico signs payload fields, so a shapeless body cannot carry a valid signature: it is a 401 there.
      if (provider === "iyzico") return expect(outcome.status).toBe(401);
      expect(outcome.status).toBe(200);
      const id = outcome.stored!.id;
      const claimed = await startWebhookEvent(db(), id);
      expect(claimed).toMatchObject({ eventType: null, providerEventId: null, dedupeKey: `sha256:${sha256(body)}` });
      const result = await processClaimedWebhookEvent({ db: db(), event: claimed!, scheduleRetry: true });
      expect(result).toMatchObject({ status: "failed", retriable: false });
      const [row] = await db().select().from(webhookEvents).where(eq(webhookEvents.id, id));
      expect(row).toMatchObject({ status: "failed", nextAttemptAt: null, rawBody: body });
      expect(row!.lastError).toMatch(/^Unexpected payload at \S+: /);
    });
  }

  it("stores a signed body that is not JSON at all, and fails it at the root", async () => {
    const body = "<xml>not json</xml>";
    const outcome = await deliver("stripe", body, CASES.stripe.sign(body, STRIPE_SECRET));
    expect(outcome.status).toBe(200);
    const claimed = await startWebhookEvent(db(), outcome.stored!.id);
    await processClaimedWebhookEvent({ db: db(), event: claimed!, scheduleRetry: true });
    const [row] = await db().select().from(webhookEvents).where(eq(webhookEvents.id, outcome.stored!.id));
    expect(row).toMatchObject({
      status: "failed",
      lastError: "Unexpected payload at $: Body is not valid JSON",
      lastErrorKey: "webhookUi.errors.unexpectedPayload",
      lastErrorParams: { path: "$" },
    });
    // Failures are grouped by provider and error, so a person sees one line per cause, with its count.
    expect(await listWebhookFailureGroups({ db: db() })).toContainEqual({
      provider: "stripe",
      error: "Unexpected payload at $: Body is not valid JSON",
      errorKey: "webhookUi.errors.unexpectedPayload",
      errorParams: { path: "$" },
      count: 1,
      lastReceivedAt: row!.receivedAt,
    });
  });

  it("keeps Shopify's big ids exactly, from intake through processing", async () => {
    // Shopify deliveries are hints: the handler re-reads the order, here from the fake that holds it.
    const shop = await startShopifyFake({ legacyTokens: ["shpat_0123456789"] });
    const held = shop.store.addOrder({ id: "820982911946154508", lines: [{ sku: "", quantity: 1, price: "199.00" }] });
    const { actor } = await createTestActor(db(), "admin");
    await saveIntegrationConfig({
      db: db(),
      actor,
      type: "shopify",
      body: { is_active: true, ...CASES.shopify.config, auth_model: "legacy_token", base_url: shop.baseUrl },
    });
    const body = `{"id":820982911946154508,"admin_graphql_api_id":"gid://shopify/Order/820982911946154508","name":"#9999","updated_at":"2026-11-29T10:00:00Z","line_items":[{"id":866550311766439020,"sku":null,"quantity":1,"price":"199.00"}]}`;
    const outcome = await deliver("shopify", body, {
      "x-shopify-topic": "orders/create",
      "x-shopify-webhook-id": "test-notification-1",
      ...CASES.shopify.sign(body, SHOP_SECRET),
    });
    expect(outcome.status).toBe(200);
    const claimed = await startWebhookEvent(db(), outcome.stored!.id);
    expect(await processClaimedWebhookEvent({ db: db(), event: claimed!, scheduleRetry: true })).toEqual({
      status: "processed",
    });
    const [order] = await db().select().from(orders).where(eq(orders.packageId, "820982911946154508"));
    expect(order!.lines.map((line) => line.lineId)).toEqual([held.lineItems[0]!.id]);
    expect(order!.raw).toMatchObject({ id: "gid://shopify/Order/820982911946154508" });
    expect((await getWebhookEvent({ db: db(), id: outcome.stored!.id }))?.payload).toMatchObject({
      id: "820982911946154508",
    });
    await shop.close();
  });

  it("dedupes Shopify on the body hash, since the webhook-id header is not signed", async () => {
    const { body, headers } = webhookOf("shopify").buildSample("products/update", CASES.shopify.config);
    const first = await deliver("shopify", body, { ...headers, "x-shopify-webhook-id": "delivery-a" });
    const replayed = await deliver("shopify", body, { ...headers, "x-shopify-webhook-id": "delivery-b" });
    expect(first.status).toBe(200);
    expect(replayed).toMatchObject({ status: 200, body: { duplicate: true } });
  });

  it("never merges two distinct events that lack a timestamp: the body hash is their key", async () => {
    const { headers } = webhookOf("trendyol").buildSample("order.status_changed", CASES.trendyol.config);
    const push = (lineQuantity: number) =>
      JSON.stringify({
        id: 3315367427,
        orderNumber: "10654411111",
        status: "Picking",
        lines: [{ id: 1, quantity: lineQuantity }],
      });
    const first = await deliver("trendyol", push(1), headers);
    const second = await deliver("trendyol", push(2), headers);
    expect(first.stored?.id).toEqual(expect.any(Number));
    expect(second.stored?.id).toEqual(expect.any(Number));
    expect((await deliver("trendyol", push(2), headers)).body).toMatchObject({ duplicate: true });
  });

  it("a flood of bad signatures from one address never makes a valid delivery 429", async () => {
    const limiters = {
      verified: createRateLimiter({ perSecond: 1, burst: 3, now: () => 0 }),
      unverified: createRateLimiter({ perSecond: 1, burst: 5, now: () => 0 }),
    };
    const flood = async (i: number) =>
      ingestWebhook({
        db: db(),
        provider: "stripe",
        rawBody: `{"forged":${i}}`,
        headers: new Headers({ "stripe-signature": `t=1,v1=${"0".repeat(64)}` }),
        ip: "198.51.100.66",
        limiters,
      });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await flood(i)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    const { body } = webhookOf("stripe").buildSample("payment_intent.succeeded", CASES.stripe.config);
    const valid = await ingestWebhook({
      db: db(),
      provider: "stripe",
      rawBody: body,
      headers: new Headers(CASES.stripe.sign(body, STRIPE_SECRET)),
      ip: "198.51.100.66",
      limiters,
    });
    expect(valid.status).toBe(200);
  });

  it("rejects a Stripe delivery whose timestamp is outside the tolerance", async () => {
    const { body } = webhookOf("stripe").buildSample("payment_intent.succeeded", CASES.stripe.config);
    const stale = Math.floor(Date.now() / 1000) - 3600;
    const outcome = await deliver("stripe", body, {
      "stripe-signature": `t=${stale},v1=${hmac(STRIPE_SECRET, `${stale}.${body}`, "hex")}`,
    });
    expect(outcome.status).toBe(401);
    const [last] = (await rows("stripe")).slice(-1);
    expect(last?.rejectionReason).toBe("signature stale");
  });

  it("answers 404 for unknown or unconfigured providers, 413 for oversize bodies", async () => {
    expect((await deliver("amazon", "{}", {})).status).toBe(404);
    // Aras has no push channel: there is no endpoint, configured or not.
    expect(await deliver("aras", "{}", {})).toMatchObject({
      status: 404,
      body: { message: expect.stringContaining("no webhook") },
    });
    await db()
      .delete((await import("@/db/schema")).integrations)
      .where(eq((await import("@/db/schema")).integrations.id, "hepsiburada"));
    const { forgetWebhookIntegration } = await import("./webhook-integration-cache");
    forgetWebhookIntegration("hepsiburada");
    const unconfigured = await deliver("hepsiburada", "{}", {});
    expect(unconfigured).toMatchObject({ status: 404, body: { message: expect.stringContaining("not configured") } });
    expect((await deliver("shopify", null, {})).status).toBe(413);
    expect((await deliver("shopify", "x".repeat(MAX_WEBHOOK_BYTES + 1), {})).status).toBe(413);
  });

  it("stores deliveries for an inactive integration as skipped, and enforces the IP allowlist", async () => {
    const { actor } = await createTestActor(db(), "admin");
    await saveIntegrationConfig({
      db: db(),
      actor,
      type: "shopify",
      body: { is_active: false, webhook_ip_allowlist: ["198.51.100.0/24"] },
    });
    const { body, headers } = webhookOf("shopify").buildSample("products/update", CASES.shopify.config);
    expect((await deliver("shopify", body, headers, "203.0.113.10")).status).toBe(403);
    const inside = await deliver("shopify", body, headers, "198.51.100.77");
    expect(inside.status).toBe(200);
    expect(inside.stored).toBeUndefined();
    const [row] = await db()
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.id, inside.body.id as number));
    expect(row?.status).toBe("skipped");
  });
});
