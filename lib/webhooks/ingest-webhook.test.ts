import { createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { createTestActor } from "@/lib/testing/actors";
import { ingestWebhook, MAX_WEBHOOK_BYTES } from "./ingest-webhook";
import { PROVIDERS, type WebhookDefinition } from "@/lib/providers/registry";
import type { WebhookProviderId } from "./handlers/test-delivery";

const webhookOf = (provider: WebhookProviderId): WebhookDefinition => PROVIDERS[provider].webhook!;

const hmac = (key: string, text: string, encoding: "hex" | "base64") =>
  createHmac("sha256", key).update(text, "utf8").digest(encoding);
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
    config: { shop_domain: "demo-store.myshopify.com", access_token: "shpat_0123456789", webhook_secret: SHOP_SECRET },
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
    config: { api_key: "sandbox-apiKey123", secret_key: IYZICO_SECRET },
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

    it(`${provider}: ${testCase.signsBody ? "tampered body, " : ""}wrong secret and missing signature answer 401 and are stored as rejected`, async () => {
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
      expect(rejected.length).toBe(attempts.length);
      expect(rejected.every((row) => row.rejectionReason?.startsWith("signature"))).toBe(true);
    });

    it(`${provider}: a signed payload of the wrong shape answers 400 naming the field`, async () => {
      const body = JSON.stringify({ unexpected: true });
      const outcome = await deliver(provider, body, { ...sample().unsigned, ...testCase.sign(body, testCase.secret) });
      // iyzico signs payload fields, so a shapeless body cannot carry a valid signature: it is a 401 there.
      expect(outcome.status).toBe(provider === "iyzico" ? 401 : 400);
      if (provider !== "iyzico") expect(String(outcome.body.message)).toMatch(/Invalid payload at \S+/);
    });
  }

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
