import { afterEach, describe, expect, it } from "vitest";
import { startShopifyFake, type ShopifyFake, type ShopifyFakeOptions } from "./fake-server";
import { gid } from "./fake-store";
import { resolveLocation, setInventory, readAvailable } from "./inventory";
import { backfillOrdersBulk, fulfilOrder, getOrder, listOrdersSince } from "./orders";
import { mapVariantsBySku, updatePrices, upsertProduct } from "./products";
import { fakeClient, virtualClock } from "./testing";

let fake: ShopifyFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const start = async (options: ShopifyFakeOptions = {}) => (fake = await startShopifyFake(options));

const product = (sku: string, overrides: Record<string, unknown> = {}) => ({
  sku,
  barcode: null,
  title: `Ürün ${sku}`,
  description: null,
  brand: "Köprü",
  category: "Mutfak",
  listPriceKurus: 15_000,
  salePriceKurus: 12_990,
  isActive: true,
  ...overrides,
});

function seedVariants(shop: ShopifyFake, count: number) {
  const location = shop.store.locations[0]!;
  return Array.from({ length: count }, (_, i) => {
    const p = shop.store.createProduct({ title: `P${i}`, variants: [{ sku: `SKU-${i}`, price: "10.00" }] });
    const variant = p.variants[0]!;
    shop.store.setAvailable(variant.inventoryItemId, location.id, 5);
    return { sku: `SKU-${i}`, inventoryItemId: gid("InventoryItem", variant.inventoryItemId) };
  });
}

describe("inventory out", () => {
  it("sets 10,000 variants at Standard's restore rate without ever being answered THROTTLED", async () => {
    const clock = virtualClock();
    const shop = await start({ now: clock.now, bucket: { maximumAvailable: 1000, restoreRate: 100 } });
    const items = seedVariants(shop, 10_000).map((item, i) => ({ ...item, quantity: i % 7 }));
    const client = fakeClient(shop, { now: clock.now, sleep: clock.sleep });
    const location = gid("Location", shop.store.locations[0]!.id);

    const outcomes = await setInventory(client, { locationId: location, items });

    expect(shop.stats.throttled).toBe(0);
    expect(client.stats().throttled).toBe(0);
    expect(outcomes.filter((o) => o.status === "set")).toHaveLength(items.filter((i) => i.quantity !== 5).length);
    expect(outcomes.filter((o) => o.status === "unchanged")).toHaveLength(items.filter((i) => i.quantity === 5).length);
    const [last] = items.slice(-1);
    expect((await readAvailable(client, location, [last!.inventoryItemId])).get(last!.inventoryItemId)).toBe(
      last!.quantity,
    );
  });

  it("reports a level changed in Shopify between read and write as a conflict, and still sets the rest", async () => {
    const shop = await start();
    const [a, b] = seedVariants(shop, 2);
    const location = shop.store.locations[0]!;
    const client = fakeClient(shop, {
      // A sale in Shopify lands right after Köprü read the levels.
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(init?.body).includes("InventoryLevels") && shop.store.available(itemNumber(a!), location.id) === 5) {
          shop.store.setAvailable(itemNumber(a!), location.id, 4);
        }
        return response;
      },
    });
    const outcomes = await setInventory(client, {
      locationId: gid("Location", location.id),
      items: [
        { ...a!, quantity: 20 },
        { ...b!, quantity: 30 },
      ],
    });
    expect(outcomes).toEqual([
      expect.objectContaining({ sku: "SKU-0", status: "conflict", previous: 5, actual: 4, quantity: 20 }),
      expect.objectContaining({ sku: "SKU-1", status: "set", previous: 5, quantity: 30 }),
    ]);
    expect(shop.store.available(itemNumber(a!), location.id)).toBe(4);
    expect(shop.store.available(itemNumber(b!), location.id)).toBe(30);
  });

  it("changes nothing twice when the same attempt is resent after its answer was lost", async () => {
    const shop = await start();
    const [a] = seedVariants(shop, 1);
    const location = shop.store.locations[0]!;
    let dropped = false;
    const client = fakeClient(shop, {
      sleep: async () => {},
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(init?.body).includes("InventorySet") && !dropped) {
          dropped = true;
          throw new TypeError("fetch failed: socket hang up");
        }
        return response;
      },
    });
    const outcomes = await setInventory(client, {
      locationId: gid("Location", location.id),
      items: [{ ...a!, quantity: 9 }],
    });
    expect(outcomes).toEqual([expect.objectContaining({ status: "set", quantity: 9 })]);
    expect(shop.stats.operations.InventorySet).toBe(2);
    expect(shop.mutations.inventoryChanges).toBe(1);
    expect(shop.store.available(itemNumber(a!), location.id)).toBe(9);
  });

  it("picks the only location that fulfils online orders, or the configured one", async () => {
    const shop = await start();
    const client = fakeClient(shop);
    const [online, store] = shop.store.locations;
    await expect(resolveLocation(client, undefined)).resolves.toMatchObject({ name: online!.name });
    await expect(resolveLocation(client, store!.id)).resolves.toMatchObject({ name: store!.name });
    await expect(resolveLocation(client, "123")).rejects.toMatchObject({
      details: { messageKey: "errors.shopify.locationNotFound" },
    });
  });
});

describe("products out", () => {
  it("creates by handle, then updates by id without creating a second product; prices go through bulk update", async () => {
    const shop = await start();
    const client = fakeClient(shop);
    const created = await upsertProduct(client, product("SKU-1"), null);
    expect(shop.store.products.size).toBe(1);
    const again = await upsertProduct(client, product("SKU-1", { title: "Yeni ad" }), null);
    expect(again).toEqual(created);
    const updated = await upsertProduct(client, product("SKU-1", { title: "Son ad" }), created);
    expect(updated).toEqual(created);
    expect(shop.store.products.size).toBe(1);
    const stored = [...shop.store.products.values()][0]!;
    expect(stored).toMatchObject({ title: "Son ad", handle: "kopru-sku-1" });
    expect(stored.variants[0]).toMatchObject({ price: "129.90", compareAtPrice: "150.00", sku: "SKU-1" });

    await updatePrices(client, created.productId, [
      { variantId: created.variantId, salePriceKurus: 9_990, listPriceKurus: 9_990 },
    ]);
    expect(stored.variants[0]).toMatchObject({ price: "99.90", compareAtPrice: null });
    expect(await mapVariantsBySku(client)).toEqual(new Map([["SKU-1", created]]));
  });

  it("reports Shopify's user errors in its own words", async () => {
    const shop = await start();
    const client = fakeClient(shop);
    await expect(upsertProduct(client, product("SKU-2", { title: " " }), null)).rejects.toMatchObject({
      details: { messageKey: "errors.shopify.userErrors", providerMessage: "input.title: Title can't be blank" },
    });
  });
});

describe("orders in and fulfilment back", () => {
  it("reads orders updated since a time with their customer, and sends tracking back once", async () => {
    const clock = virtualClock();
    const shop = await start({ now: clock.now });
    shop.store.createProduct({ title: "Kupa", variants: [{ sku: "SKU-1", price: "129.90" }] });
    clock.advance(1000);
    const old = shop.store.addOrder({ lines: [{ sku: "SKU-1", quantity: 1, price: "129.90" }] });
    clock.advance(60_000);
    const since = new Date(clock.now());
    const recent = shop.store.addOrder({ lines: [{ sku: "SKU-1", quantity: 2, price: "129.90" }] });
    const client = fakeClient(shop, { now: clock.now });

    const seen = [];
    for await (const order of listOrdersSince(client, since)) seen.push(order);
    expect(seen.map((o) => o.packageId)).toEqual([recent.id]);
    expect(seen[0]).toMatchObject({
      totalKurus: 25_980,
      customerName: "Ayşe Yılmaz",
      lines: [{ sku: "SKU-1", quantity: 2 }],
    });
    expect(old.id).not.toBe(recent.id);

    const tracking = {
      company: "Aras Kargo",
      number: "3513773163316",
      url: "https://kargotakip.araskargo.com.tr/mainpage.aspx?code=3513773163316",
    };
    await expect(fulfilOrder(client, { orderId: gid("Order", recent.id), tracking })).resolves.toMatchObject({
      alreadyFulfilled: false,
    });
    await expect(fulfilOrder(client, { orderId: gid("Order", recent.id), tracking })).resolves.toMatchObject({
      alreadyFulfilled: true,
    });
    expect(recent.fulfillments).toEqual([expect.objectContaining({ tracking: [tracking] })]);
    expect(await getOrder(client, gid("Order", recent.id))).toMatchObject({ status: "shipped" });
    expect(await getOrder(client, "gid://shopify/Order/820982911946154508")).toBeNull();
  });

  it("backfills through a bulk export, streamed and assembled order by order", async () => {
    const shop = await start({ bulkPollsUntilComplete: 2 });
    shop.store.createProduct({ title: "Kupa", variants: [{ sku: "SKU-1", price: "10.00" }] });
    const created = Array.from({ length: 30 }, (_, i) =>
      shop.store.addOrder({
        lines: Array.from({ length: (i % 3) + 1 }, () => ({ sku: "SKU-1", quantity: 1, price: "10.00" })),
      }),
    );
    const client = fakeClient(shop, { sleep: async () => {} });
    const orders = [];
    for await (const order of backfillOrdersBulk(client, new Date(0), 0)) orders.push(order);
    expect(orders).toHaveLength(30);
    expect(orders.map((o) => o.lines.length)).toEqual(created.map((o) => o.lineItems.length));
    expect(shop.stats.operations.BulkPoll).toBeGreaterThanOrEqual(3);
  });
});

const itemNumber = (item: { inventoryItemId: string }) => item.inventoryItemId.split("/").pop()!;
