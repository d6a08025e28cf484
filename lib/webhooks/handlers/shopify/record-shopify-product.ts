import { inArray, sql } from "drizzle-orm";
import { listings, products, type ListingStatus } from "@/db/schema";
import { getProductRefs } from "@/lib/providers/shopify/products";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { exactGid, isShopifyTest, markShopifyTest, shopifyClientFor } from "./shopify-delivery";

/**
 * products/create and products/update: reads the product again and links each variant whose SKU is a Köprü product
 * to its Shopify listing, with the product's status. Price and stock are not read: Köprü owns them and pushes them.
 */
export const handleShopifyProduct: WebhookHandler = async ({ db, event }) => {
  const id = exactGid(event, "id", "Product");
  if (!id) return { outcome: "ignored", note: "the delivery names no product", noteKey: "webhookUi.notes.noProduct" };
  const product = await getProductRefs(await shopifyClientFor(db), id);
  if (!product) {
    if (isShopifyTest(event)) {
      await markShopifyTest(db, event);
      return {
        outcome: "ignored",
        note: `Shopify test notification: product ${id} does not exist in the store`,
        noteKey: "webhookUi.notes.shopifyTestProduct",
        noteParams: { id },
      };
    }
    return {
      outcome: "ignored",
      note: `Shopify no longer has product ${id}`,
      noteKey: "webhookUi.notes.shopifyProductGone",
      noteParams: { id },
    };
  }
  if (product.variants.length === 0) return { outcome: "ignored", note: `product ${id} has no variant with a SKU` };

  const skus = product.variants.map((variant) => variant.sku);
  const known = await db
    .select({ id: products.id, sku: products.sku, barcode: products.barcode })
    .from(products)
    .where(inArray(products.sku, skus));
  const productBySku = new Map(known.map((row) => [row.sku, row]));
  const isActive = product.status === "ACTIVE";
  const remoteStatus: ListingStatus = isActive ? "active" : "pending";
  const rows = product.variants.flatMap(({ sku, refs }) => {
    const local = productBySku.get(sku);
    if (local === undefined) return [];
    return [
      {
        integrationId: "shopify",
        productId: local.id,
        sku,
        // The listing's key is the barcode (as products_out writes it); Shopify's own ids travel in remoteRefs.
        remoteId: local.barcode ?? sku,
        remoteRefs: refs,
        remoteStatus,
        lastError: isActive ? null : `Shopify product is ${product.status.toLowerCase()}`,
      },
    ];
  });
  const unknown = skus.filter((sku) => !productBySku.has(sku));
  const unknownNote = unknown.length > 0 ? `unknown SKUs (not Köprü products): ${unknown.join(", ")}` : "";
  if (rows.length === 0) return { outcome: "ignored", note: unknownNote };

  await db
    .insert(listings)
    .values(rows)
    .onConflictDoUpdate({
      target: [listings.integrationId, listings.sku],
      set: {
        productId: sql`excluded.product_id`,
        remoteRefs: sql`${listings.remoteRefs} || excluded.remote_refs`,
        remoteStatus: sql`excluded.remote_status`,
        lastError: sql`excluded.last_error`,
        updatedAt: sql`now()`,
      },
    });
  const linked = `listings ${remoteStatus}: ${rows.map((row) => row.sku).join(", ")}`;
  return { outcome: "processed", note: unknownNote ? `${linked}; ${unknownNote}` : linked };
};
