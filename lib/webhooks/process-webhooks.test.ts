import { createHmac, randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { orders, syncRuns, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { processWebhook } from "@/inngest/functions/process-webhook";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { purgeOldLogs } from "@/lib/maintenance/purge-old-logs";
import { startShopifyFake, type ShopifyFake } from "@/lib/providers/shopify/fake-server";
import { createTestActor } from "@/lib/testing/actors";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { handOffWebhookEvent } from "./hand-off-webhook";
import { ingestWebhook } from "./ingest-webhook";
import { processPendingWebhooks } from "./process-webhook-event";
import { replayMatchingWebhooks, replaySelectedWebhooks, replayWebhookEvent } from "./replay-webhooks";
import { sweepWebhooks } from "./sweep-webhooks";
import { PROVIDERS } from "@/lib/providers/registry";

const SHOP = {
  shop_domain: "demo-store.myshopify.com",
  auth_model: "legacy_token",
  access_token: "shpat_0123456789",
  client_secret: "process-test-secret-1234",
};
// Shopify order deliveries are hints: the handler reads the order again from this fake.
let shopify: ShopifyFake;
const orderDelivery = (orderId: number, sku = "KOPRU-TSHIRT-M") => {
  if (!shopify.store.orders.has(String(orderId))) {
    shopify.store.addOrder({ id: String(orderId), lines: [{ sku, quantity: 1, price: "1249.90" }] });
  }
  const sample = PROVIDERS.shopify.webhook!.buildSample("orders/create", SHOP);
  const payload = JSON.parse(sample.body) as { id: number; name: string; line_items: { sku: string }[] };
  payload.id = orderId;
  payload.name = `#${orderId}`;
  payload.line_items[0]!.sku = sku;
  const body = JSON.stringify(payload);
  const hmac = createHmac("sha256", SHOP.client_secret).update(body).digest("base64");
  return { body, headers: { ...sample.headers, "x-shopify-webhook-id": randomUUID(), "x-shopify-hmac-sha256": hmac } };
};

describeWithDatabase("webhook processing", (database) => {
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
  const eventRow = async (id: number) => (await db().select().from(webhookEvents).where(eq(webhookEvents.id, id)))[0]!;

  beforeAll(async () => {
    shopify = await startShopifyFake({ legacyTokens: [SHOP.access_token] });
    actor = (await createTestActor(db(), "admin")).actor;
    await saveIntegrationConfig({
      db: db(),
      actor,
      type: "shopify",
      body: { is_active: true, ...SHOP, base_url: shopify.baseUrl },
    });
    await insertProducts(db(), [productRow(1, { sku: "KOPRU-TSHIRT-M" })]);
  });

  afterAll(() => shopify.close());

  it("a delivery received twice is processed once", async () => {
    const delivery = orderDelivery(7001);
    const first = await deliver(delivery);
    expect((await deliver(delivery)).body).toEqual({ duplicate: true });
    expect(await processPendingWebhooks({ db: db(), owner: "test" })).toEqual({ processed: 1, hasMore: false });
    expect(await processPendingWebhooks({ db: db(), owner: "test" })).toEqual({ processed: 0, hasMore: false });
    expect(await eventRow(first.stored!.id)).toMatchObject({ status: "processed", attempts: 1, lastError: null });
    const [stored] = await db().select({ value: count() }).from(orders).where(eq(orders.packageId, "7001"));
    expect(stored?.value).toBe(1);
  });

  it("one pass drains a backlog batch after batch, and says when its time ran out first", async () => {
    for (let id = 7400; id < 7412; id++) await deliver(orderDelivery(id));
    expect(await processPendingWebhooks({ db: db(), owner: "test", batchSize: 5, budgetMs: 0 })).toEqual({
      processed: 5,
      hasMore: true,
    });
    // A budget no loaded machine runs out of: this pass must finish the backlog.
    expect(await processPendingWebhooks({ db: db(), owner: "test", batchSize: 5, budgetMs: 600_000 })).toEqual({
      processed: 7,
      hasMore: false,
    });
  });

  it("a failing event is kept with its error and a retry time, and succeeds when replayed after the fix", async () => {
    const { stored } = await deliver(orderDelivery(7002, "NEW-SKU-1"));
    await processPendingWebhooks({ db: db(), owner: "test" });
    const failed = await eventRow(stored!.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, lastError: expect.stringContaining("NEW-SKU-1") });
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());

    await insertProducts(db(), [productRow(2, { sku: "NEW-SKU-1" })]);
    await replayWebhookEvent({ db: db(), actor, id: stored!.id, dispatch: async () => {} });
    await processPendingWebhooks({ db: db(), owner: "test" });
    const replayed = await eventRow(stored!.id);
    expect(replayed).toMatchObject({ status: "processed", attempts: 2, lastError: null });
    expect(replayed.timeline.map((entry) => entry.status)).toEqual(["failed", "received", "processed"]);
  });

  it("replays all matching failed events in chunks, reporting what remains", async () => {
    for (const id of [7101, 7102, 7103]) await deliver(orderDelivery(id, "MISSING-SKU"));
    await processPendingWebhooks({ db: db(), owner: "test" });
    const filter = { provider: "shopify", q: "MISSING" };
    expect(await replayMatchingWebhooks({ db: db(), actor, filter, limit: 2, dispatch: async () => {} })).toEqual({
      replayed: 2,
      remaining: 1,
    });
    expect(await replayMatchingWebhooks({ db: db(), actor, filter, limit: 2, dispatch: async () => {} })).toEqual({
      replayed: 1,
      remaining: 0,
    });
  });

  it("bulk replay covers deliveries skipped while inactive, counts them first, and replays picked rows", async () => {
    const held = [];
    for (const id of [7111, 7112]) held.push((await deliver(orderDelivery(id, "HELD-SKU"))).stored!.id);
    await db().update(webhookEvents).set({ status: "skipped" }).where(inArray(webhookEvents.id, held));
    const filter = { provider: "shopify", q: "HELD-SKU" };
    const noDispatch = async () => {};
    expect(await replayMatchingWebhooks({ db: db(), actor, filter, dryRun: true })).toEqual({
      replayed: 0,
      remaining: 2,
    });
    expect(await eventRow(held[0]!)).toMatchObject({ status: "skipped" });
    expect(await replayMatchingWebhooks({ db: db(), actor, filter, dispatch: noDispatch })).toEqual({
      replayed: 2,
      remaining: 0,
    });
    expect(await eventRow(held[1]!)).toMatchObject({ status: "received" });

    await processPendingWebhooks({ db: db(), owner: "test" });
    await db().update(webhookEvents).set({ status: "rejected" }).where(eq(webhookEvents.id, held[1]!));
    expect(await replaySelectedWebhooks({ db: db(), actor, ids: held, dispatch: noDispatch })).toEqual({
      replayed: 1,
      notReplayable: 1,
    });
    expect(await eventRow(held[0]!)).toMatchObject({ status: "received" });
    expect(await eventRow(held[1]!)).toMatchObject({ status: "rejected" });
  });

  it("a failed hand-off keeps the event, and the sweeper dispatches it a minute later", async () => {
    await db().update(webhookEvents).set({ status: "processed" }).where(eq(webhookEvents.status, "received"));
    const { stored, status } = await deliver(orderDelivery(7201));
    expect(status).toBe(200);
    const handedOff = await handOffWebhookEvent({
      db: db(),
      event: stored!,
      dispatch: async () => Promise.reject(new Error("Inngest unreachable")),
    });
    expect(handedOff).toBe(false);
    expect(await eventRow(stored!.id)).toMatchObject({ status: "received" });

    const dispatched: number[] = [];
    const dispatch = async (event: { id: number }) => void dispatched.push(event.id);
    expect(await sweepWebhooks({ db: db(), dispatch })).toBe(0); // too fresh
    expect(await sweepWebhooks({ db: db(), dispatch, now: new Date(Date.now() + 61_000) })).toBe(1);
    expect(dispatched).toEqual([stored!.id]);
  });

  it("the Inngest function processes a stored event, and throws for Inngest to retry when the handler fails", async () => {
    const ok = await deliver(orderDelivery(7301));
    const { result } = await new InngestTestEngine({ function: processWebhook }).execute({
      events: [{ name: "webhook/event.received", data: { webhookEventId: ok.stored!.id, provider: "shopify" } }],
    });
    expect(result).toEqual({ status: "processed" });
    const bad = await deliver(orderDelivery(7302, "STILL-MISSING"));
    const { error } = await new InngestTestEngine({ function: processWebhook }).execute({
      events: [{ name: "webhook/event.received", data: { webhookEventId: bad.stored!.id, provider: "shopify" } }],
    });
    expect(String((error as Error | undefined)?.message)).toContain("STILL-MISSING");
    expect(await eventRow(bad.stored!.id)).toMatchObject({ status: "failed", nextAttemptAt: null });
  });

  it("retention purges logs older than the limit and keeps recent ones and active runs", async () => {
    const old = new Date(Date.now() - 40 * 86_400_000);
    await db().update(webhookEvents).set({ receivedAt: old }).where(eq(webhookEvents.status, "processed"));
    const [oldRun] = await db()
      .insert(syncRuns)
      .values({ integrationId: "shopify", kind: "orders_in", trigger: "schedule", status: "succeeded", createdAt: old })
      .returning();
    const [activeOld] = await db()
      .insert(syncRuns)
      .values({ integrationId: "shopify", kind: "products_out", trigger: "schedule", status: "queued", createdAt: old })
      .returning();
    const before = (await db().select({ value: count() }).from(webhookEvents))[0]!.value;
    const purged = await purgeOldLogs({ db: db(), retentionDays: 30 });
    expect(purged.syncRuns).toBe(1);
    expect(purged.webhookEvents).toBeGreaterThan(0);
    expect((await db().select({ value: count() }).from(webhookEvents))[0]!.value).toBe(before - purged.webhookEvents);
    const runs = await db().select({ id: syncRuns.id }).from(syncRuns);
    expect(runs.map((run) => run.id)).toContain(activeOld!.id);
    expect(runs.map((run) => run.id)).not.toContain(oldRun!.id);
  });
});
