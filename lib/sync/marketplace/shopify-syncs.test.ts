import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listings, orders, products, syncItems, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { startShopifyFake, type ShopifyFake } from "@/lib/providers/shopify/fake-server";
import { gidNumber } from "@/lib/providers/shopify/fake-store";
import { createTestActor } from "@/lib/testing/actors";
import { configureShopify } from "@/lib/testing/shopify-fixture";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { executeSyncRun } from "../execute-sync-run";
import { requestSync } from "../request-sync";
import { inlineStep } from "../step";
import { sendPackageStatus } from "./fulfilment-out";

const deps = { pollIntervalMs: 0, sleep: async () => {} };

describeWithDatabase("Shopify through the generic marketplace syncs", (database) => {
  let fake: ShopifyFake;
  let admin: Actor;
  const db = () => database().db;

  async function runSync(kind: string) {
    const run = await requestSync({ db: db(), actor: admin, integrationId: "shopify", kind, trigger: "manual" });
    await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}), deps });
    const [done] = await db().select().from(syncRuns).where(eq(syncRuns.id, run.id));
    return done!;
  }
  const listing = async (sku: string) =>
    (
      await db()
        .select()
        .from(listings)
        .where(and(eq(listings.integrationId, "shopify"), eq(listings.sku, sku)))
    )[0]!;

  beforeAll(async () => {
    fake = await startShopifyFake();
    admin = (await createTestActor(db(), "admin")).actor;
    await configureShopify(db(), admin, fake);
    await insertProducts(db(), [
      productRow(1, { stock: 7 }),
      productRow(2, { stock: 3, listPrice: 12_990, salePrice: 12_990 }),
    ]);
  });
  afterAll(() => fake.close());

  it("products_out creates each product once and stores its product, variant and inventory-item GIDs", async () => {
    const run = await runSync("products_out");
    expect(run).toMatchObject({ status: "succeeded", created: 2, failed: 0 });
    expect(fake.store.products.size).toBe(2);
    const first = await listing("SKU-00001");
    expect(first).toMatchObject({ remoteStatus: "active", lastError: null });
    expect(first.remoteRefs).toEqual({
      productId: expect.stringMatching(/^gid:\/\/shopify\/Product\/\d{19}$/),
      variantId: expect.stringMatching(/^gid:\/\/shopify\/ProductVariant\/\d{19}$/),
      inventoryItemId: expect.stringMatching(/^gid:\/\/shopify\/InventoryItem\/\d{19}$/),
    });

    await db()
      .update(products)
      .set({ title: "Yeni başlık", updatedAt: new Date() })
      .where(eq(products.sku, "SKU-00001"));
    expect(await runSync("products_out")).toMatchObject({ status: "succeeded", updated: 1 });
    expect(fake.store.products.size).toBe(2);
    expect(fake.store.products.get(gidNumber(first.remoteRefs.productId!))?.title).toBe("Yeni başlık");
  });

  it("stock_price_out sets stock at the location and sends only prices that differ", async () => {
    const run = await runSync("stock_price_out");
    expect(run).toMatchObject({ status: "succeeded", updated: 2, failed: 0 });
    const first = await listing("SKU-00001");
    const location = fake.store.locations[0]!.id;
    expect(fake.store.available(gidNumber(first.remoteRefs.inventoryItemId!), location)).toBe(7);
    expect(first).toMatchObject({ lastPushedStock: 7 });
    // Prices went out with productSet already: no price call was needed.
    expect(fake.stats.operations.VariantPrices ?? 0).toBe(0);

    await db().update(products).set({ salePrice: 9_990 }).where(eq(products.sku, "SKU-00002"));
    await runSync("stock_price_out");
    expect(fake.stats.operations.VariantPrices).toBe(1);
    const second = await listing("SKU-00002");
    const variant = fake.store.variants.get(gidNumber(second.remoteRefs.variantId!));
    expect(variant).toMatchObject({ price: "99.90", compareAtPrice: "129.90" });
  });

  it("reports a stock level changed in Shopify since it was read as a conflict, without overwriting it", async () => {
    const first = await listing("SKU-00001");
    const item = gidNumber(first.remoteRefs.inventoryItemId!);
    const location = fake.store.locations[0]!.id;
    await db().update(products).set({ stock: 20 }).where(eq(products.sku, "SKU-00001"));
    // A sale lands in Shopify between Köprü's read and its write.
    const original = fake.store.setAvailable.bind(fake.store);
    let raced = false;
    const listener = (operation: string) => {
      if (operation === "InventoryLevels" && !raced) {
        raced = true;
        setImmediate(() => original(item, location, 6));
      }
    };
    const run = await runWithHook(listener, () => runSync("stock_price_out"));
    // Its only item failed, so the run failed (not "completed with errors").
    expect(run).toMatchObject({ status: "failed", seen: 1, failed: 1, errorKey: "syncUi.errors.allItemsFailed" });
    const [failure] = await db()
      .select()
      .from(syncItems)
      .where(and(eq(syncItems.runId, run.id), eq(syncItems.result, "failed")));
    expect(failure?.providerMessage).toMatch(/SKU-00001 changed to 6 while Köprü was setting 20/);
    expect(fake.store.available(item, location)).toBe(6);
    expect(await listing("SKU-00001")).toMatchObject({ lastPushedStock: 7 });
    // The next run reads 6 and sets 20.
    expect(await runSync("stock_price_out")).toMatchObject({ failed: 0, updated: 1 });
    expect(fake.store.available(item, location)).toBe(20);
  });

  it("orders_in imports orders with their customer; a shipped package sends tracking back", async () => {
    const order = fake.store.addOrder({ lines: [{ sku: "SKU-00001", quantity: 2, price: "129.90" }] });
    expect(await runSync("orders_in")).toMatchObject({ status: "succeeded", created: 1 });
    const [row] = await db().select().from(orders).where(eq(orders.packageId, order.id));
    expect(row).toMatchObject({ remoteOrderNumber: order.name, customerName: "Ayşe Yılmaz", totalKurus: 25_980 });

    await new Promise((resolve) => setTimeout(resolve, 5)); // the fulfilment moves updatedAt past the import
    await sendPackageStatus({
      db: db(),
      integrationId: "shopify",
      update: {
        packageId: order.id,
        lines: [],
        status: "shipped",
        trackingNumber: "3513773163316",
        cargoCompany: "Aras Kargo",
        trackingUrl: "https://kargotakip.araskargo.com.tr/mainpage.aspx?code=3513773163316",
      },
    });
    expect(order.fulfillments[0]?.tracking).toEqual([
      {
        company: "Aras Kargo",
        number: "3513773163316",
        url: "https://kargotakip.araskargo.com.tr/mainpage.aspx?code=3513773163316",
      },
    ]);
    expect(await runSync("orders_in")).toMatchObject({ status: "succeeded", updated: 1 });
    expect((await db().select().from(orders).where(eq(orders.packageId, order.id)))[0]?.status).toBe("shipped");
  });

  /** Calls `hook` with each GraphQL operation name the fake receives while `fn` runs. */
  async function runWithHook<T>(hook: (operation: string) => void, fn: () => Promise<T>): Promise<T> {
    const stats = fake.stats.operations;
    const proxy = new Proxy(stats, {
      set(target, key, value) {
        hook(String(key));
        return Reflect.set(target, key, value);
      },
    });
    fake.stats.operations = proxy;
    try {
      return await fn();
    } finally {
      fake.stats.operations = stats;
    }
  }
});
