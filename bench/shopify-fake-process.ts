// Child process for bench:sync: runs the Shopify fake outside the measured process, so the fake's own CPU (GraphQL
// parsing and execution for 10,000 variants) does not count against Köprü's figures.
import { startShopifyFake, type ShopifyFake, type ShopifyFakeOptions } from "@/lib/providers/shopify/fake-server";
import { gid } from "@/lib/providers/shopify/fake-store";

type Message =
  | { type: "start"; options: ShopifyFakeOptions }
  | { type: "add-variants"; skus: string[]; price: string; compareAtPrice: string }
  | { type: "stats" };

let fake: ShopifyFake | undefined;
const reply = (message: unknown) => process.send?.(message);

process.on("message", async (message: Message) => {
  if (message.type === "start") {
    fake = await startShopifyFake(message.options);
    return reply({ baseUrl: fake.baseUrl, locationId: gid("Location", fake.store.locations[0]!.id) });
  }
  if (!fake) return reply({ error: "fake not started" });
  if (message.type === "add-variants") {
    const refs = message.skus.map((sku) => {
      const product = fake!.store.createProduct({
        title: sku,
        variants: [{ sku, price: message.price, compareAtPrice: message.compareAtPrice }],
      });
      const variant = product.variants[0]!;
      return {
        sku,
        productId: gid("Product", product.id),
        variantId: gid("ProductVariant", variant.id),
        inventoryItemId: gid("InventoryItem", variant.inventoryItemId),
      };
    });
    return reply({ refs });
  }
  reply({ ...fake.stats, inventoryChanges: fake.mutations.inventoryChanges });
});
