import { createHmac, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { alerts, integrations, orders, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { purgeOldLogs } from "@/lib/maintenance/purge-old-logs";
import { createTestActor } from "@/lib/testing/actors";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { ingestWebhook, TEST_DELIVERY_HEADER, testDeliveryMark } from "./ingest-webhook";
import { countHeldWebhooks, processHeldWebhooks } from "./process-held-webhooks";
import { processPendingWebhooks } from "./process-webhook-event";
import { forgetWebhookIntegration } from "./webhook-integration-cache";
import { PROVIDERS } from "@/lib/providers/registry";
import { startShopifyFake, type ShopifyFake } from "@/lib/providers/shopify/fake-server";

const SHOP = {
  shop_domain: "held-store.myshopify.com",
  auth_model: "legacy_token",
  access_token: "shpat_held",
  client_secret: "held-test-secret-1234",
};
const DAY_MS = 86_400_000;

function shopifyDelivery(topic: "orders/create" | "products/delete", changes: Record<string, unknown> = {}) {
  const sample = PROVIDERS.shopify.webhook!.buildSample(topic, SHOP);
  const body = JSON.stringify({ ...(JSON.parse(sample.body) as Record<string, unknown>), ...changes });
  const hmac = createHmac("sha256", SHOP.client_secret).update(body).digest("base64");
  return { body, headers: { ...sample.headers, "x-shopify-webhook-id": randomUUID(), "x-shopify-hmac-sha256": hmac } };
}

describeWithDatabase("held deliveries, test deliveries and retention", (database) => {
  let actor: Actor;
  const db = () => database().db;
  const deliver = (delivery: { body: string; headers: Record<string, string> }) =>
    ingestWebhook({
      db: db(),
      provider: "shopify",
      rawBody: delivery.body,
      headers: new Headers(delivery.headers),
      ip: "127.0.0.1",
    });
  const setActive = async (isActive: boolean) => {
    await db().update(integrations).set({ isActive }).where(eq(integrations.id, "shopify"));
    forgetWebhookIntegration("shopify");
  };
  const row = async (id: number) => (await db().select().from(webhookEvents).where(eq(webhookEvents.id, id)))[0]!;

  // Shopify deliveries are hints: processing re-reads each order from the (fake) shop.
  let shop: ShopifyFake;
  beforeAll(async () => {
    shop = await startShopifyFake({ legacyTokens: [SHOP.access_token] });
    for (const id of ["9101", "9102", "9201"])
      shop.store.addOrder({ id, lines: [{ sku: "KOPRU-TSHIRT-M", quantity: 1, price: "199.00" }] });
    actor = (await createTestActor(db(), "admin")).actor;
    const body = { is_active: true, ...SHOP, base_url: shop.baseUrl };
    await saveIntegrationConfig({ db: db(), actor, type: "shopify", body });
    await insertProducts(db(), [productRow(1, { sku: "KOPRU-TSHIRT-M" })]);
  });
  afterAll(() => shop.close());

  it("holds deliveries while inactive and offers them, with their count, once activated", async () => {
    await setActive(false);
    const held = [
      await deliver(shopifyDelivery("orders/create", { id: 9101, name: "#9101" })),
      await deliver(shopifyDelivery("orders/create", { id: 9102, name: "#9102" })),
    ];
    expect(held.map((outcome) => outcome.body.skipped)).toEqual(["integration inactive", "integration inactive"]);
    expect(await countHeldWebhooks({ db: db(), integrationId: "shopify" })).toBe(2);
    await expect(processHeldWebhooks({ db: db(), actor, integrationId: "shopify" })).rejects.toThrow(/Activate/);

    await setActive(true);
    const dispatched: number[] = [];
    const dispatch = async (event: { id: number }) => void dispatched.push(event.id);
    expect(await processHeldWebhooks({ db: db(), actor, integrationId: "shopify", dispatch })).toEqual({ queued: 2 });
    expect(dispatched).toEqual(held.map((outcome) => outcome.body.id));
    expect(await countHeldWebhooks({ db: db(), integrationId: "shopify" })).toBe(0);
    await processPendingWebhooks({ db: db(), owner: "test" });
    const stored = await db().select().from(orders).where(eq(orders.integrationId, "shopify"));
    expect(stored.map((order) => order.packageId).sort()).toEqual(["9101", "9102"]);
    expect(await processHeldWebhooks({ db: db(), actor, integrationId: "shopify", dispatch })).toEqual({ queued: 0 });
  });

  it("a test delivery from the console is processed without writing its sample order or raising an alert", async () => {
    const order = shopifyDelivery("orders/create", { id: 9201, name: "#9201" });
    const deleted = shopifyDelivery("products/delete", { id: 9202 });
    const outcomes = [];
    for (const delivery of [order, deleted]) {
      const headers = { ...delivery.headers, [TEST_DELIVERY_HEADER]: testDeliveryMark(delivery.body) };
      outcomes.push(await deliver({ body: delivery.body, headers }));
    }
    await processPendingWebhooks({ db: db(), owner: "test" });
    for (const outcome of outcomes) {
      const event = await row(outcome.stored!.id);
      expect(event).toMatchObject({ isTest: true, status: "processed" });
      expect(event.timeline.at(-1)?.note).toMatch(
        /^test delivery, nothing was kept: (order #\d+ created|alert raised)$/,
      );
    }
    expect(await db().select().from(orders).where(eq(orders.packageId, "9201"))).toEqual([]);
    expect(await db().select().from(alerts).where(eq(alerts.source, "shopify.product_deleted"))).toEqual([]);
  });

  it("retention purges only finished events, rejected ones after a week, and alerts on week-old unresolved ones", async () => {
    const now = new Date();
    const ids: Record<string, number> = {};
    for (const status of ["processed", "ignored", "failed", "received", "processing", "skipped"] as const) {
      const [inserted] = await db()
        .insert(webhookEvents)
        .values({
          provider: "shopify",
          integrationId: "shopify",
          dedupeKey: `retention-${status}`,
          status,
          headers: {},
          rawBody: "{}",
          receivedAt: new Date(now.getTime() - 40 * DAY_MS),
        })
        .returning();
      ids[status] = inserted!.id;
    }
    const [rejected] = await db()
      .insert(webhookEvents)
      .values({
        provider: "shopify",
        integrationId: "shopify",
        dedupeKey: "rejected:retention",
        status: "rejected",
        headers: {},
        rawBody: "{",
        receivedAt: new Date(now.getTime() - 8 * DAY_MS),
      })
      .returning();

    const purged = await purgeOldLogs({ db: db(), now, retentionDays: 30 });
    const left = new Set((await db().select({ id: webhookEvents.id }).from(webhookEvents)).map((event) => event.id));
    expect(left.has(ids.processed!) || left.has(ids.ignored!) || left.has(rejected!.id)).toBe(false);
    for (const status of ["failed", "received", "processing", "skipped"]) expect(left.has(ids[status]!)).toBe(true);
    expect(purged.staleWebhookAlerts).toBe(1);
    const [alert] = await db().select().from(alerts).where(eq(alerts.source, "webhooks.unresolved"));
    expect(alert).toMatchObject({ integrationId: "shopify", resolvedAt: null });
    expect(alert!.details).toMatchObject({ count: 3, oldest_event_id: ids.failed });
    // The same backlog a day later does not alert again.
    expect((await purgeOldLogs({ db: db(), now: new Date(now.getTime() + DAY_MS) })).staleWebhookAlerts).toBe(0);
  });
});
