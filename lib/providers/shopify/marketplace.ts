import { z } from "zod";
import type {
  BatchItemResult,
  MarketplaceAdapter,
  MarketplaceProduct,
  PackageStatus,
  PriceStockUpdate,
} from "@/lib/providers/marketplace";
import type { AdapterInput } from "@/lib/providers/types";
import type { ShopifyClient } from "./client";
import type { ShopifyCredentials } from "./config";
import { createShopifyConnection } from "./connection";
import { ShopifyError } from "./errors";
import { INVENTORY_BATCH, readLevels, resolveLocation, setWithLevels, type InventoryTarget } from "./inventory";
import { backfillOrdersBulk, fulfilOrder, getOrder, listOrdersSince } from "./orders";
import { findRefsBySku, updatePrices, upsertProduct } from "./products";
import { kurusToDecimal, type ShopifyRefs } from "./transform";

/** Ranges at least this long (a first import, a long outage) go through a bulk export instead of paging. */
export const BULK_BACKFILL_MS = 7 * 24 * 60 * 60 * 1000;
const PACKAGE_STATUSES: readonly PackageStatus[] = ["shipped"];

const asRefs = (refs: Record<string, string> | undefined): ShopifyRefs | null =>
  refs?.productId && refs.variantId && refs.inventoryItemId
    ? { productId: refs.productId, variantId: refs.variantId, inventoryItemId: refs.inventoryItemId }
    : null;

const failed = (sku: string, barcode: string, error: unknown): BatchItemResult => ({
  sku,
  barcode,
  ok: false,
  errors: [describe(error)],
});

function describe(error: unknown): string {
  if (error instanceof ShopifyError && error.details.providerMessage) {
    return `${error.message}: ${error.details.providerMessage}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shopify as a marketplace: products and variants out with productSet, prices with productVariantsBulkUpdate, stock
 * with inventorySetQuantities (compare-and-swap, idempotency keys), orders in by `updated_at`, fulfilment with tracking.
 * Every push answers per item at once (`mode: "items"`), with the GIDs Köprü stores as the listing's `remoteRefs`.
 */
export function createShopifyMarketplace(
  input: AdapterInput<ShopifyCredentials> & { now?: () => number },
): MarketplaceAdapter {
  const client = createShopifyConnection(input);
  let location: Promise<string> | null = null;
  const locationId = () => (location ??= resolveLocation(client, input.credentials.location_id).then((l) => l.id));

  return {
    productDefaults: { requiresBrandAndCategory: false },
    packageStatuses: PACKAGE_STATUSES,

    async testConnection() {
      await client.request({ operation: "Shop", query: "query Shop { shop { name } }", schema: z.unknown() });
      await locationId();
    },

    async pushProducts(products: MarketplaceProduct[]) {
      const items: BatchItemResult[] = [];
      for (const product of products) {
        try {
          const refs = await upsertProduct(
            client,
            {
              sku: product.sku,
              barcode: product.barcode && product.barcode !== product.sku ? product.barcode : null,
              title: product.title,
              description: product.description,
              brand: product.brand || null,
              category: product.category || null,
              listPriceKurus: product.listPriceKurus,
              salePriceKurus: product.salePriceKurus,
              isActive: true,
            },
            asRefs(product.remoteRefs),
          );
          items.push({ sku: product.sku, barcode: product.barcode, ok: true, errors: [], remoteRefs: refs });
        } catch (error) {
          if (error instanceof ShopifyError && !isPerItem(error)) throw error;
          items.push(failed(product.sku, product.barcode, error));
        }
      }
      return { mode: "items", items };
    },

    async pushPriceStock(updates: PriceStockUpdate[]) {
      return { mode: "items", items: await pushPriceStock(client, await locationId(), updates) };
    },

    async *listOrders({ since, until }) {
      const orders =
        until.getTime() - since.getTime() >= BULK_BACKFILL_MS
          ? backfillOrdersBulk(client, since)
          : listOrdersSince(client, since, until);
      for await (const order of orders) if (order.lastModified <= until) yield order;
    },

    async getPackage(packageId) {
      return getOrder(client, `gid://shopify/Order/${packageId}`);
    },

    async updatePackageStatus(update) {
      if (update.status !== "shipped") {
        throw new ShopifyError("invalid_request", "statusUnsupported", `Shopify does not take "${update.status}"`, {
          params: { status: update.status },
        });
      }
      await fulfilOrder(client, {
        orderId: `gid://shopify/Order/${update.packageId}`,
        tracking: { company: update.cargoCompany ?? "Other", number: update.trackingNumber, url: update.trackingUrl },
      });
    },
  };
}

/** A refusal about this product (bad price, a Shopify rule) fails the item; auth, scope or outages fail the run. */
function isPerItem(error: ShopifyError): boolean {
  return error.details.messageKey === "errors.shopify.userErrors";
}

/**
 * Stock and prices for each update: one read per 200 items (levels and prices), then stock set with compare-and-swap
 * and prices sent only where they differ. A conflict (stock changed in Shopify meanwhile) fails that item, named.
 */
async function pushPriceStock(
  client: ShopifyClient,
  locationId: string,
  updates: PriceStockUpdate[],
): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = [];
  const missing = updates.filter((update) => !asRefs(update.remoteRefs)).map((update) => update.sku);
  const found = missing.length ? await findRefsBySku(client, missing) : new Map<string, ShopifyRefs>();
  const ready: (PriceStockUpdate & { refs: ShopifyRefs })[] = [];
  for (const update of updates) {
    const refs = asRefs(update.remoteRefs) ?? found.get(update.sku);
    if (refs) ready.push({ ...update, refs });
    else results.push(failed(update.sku, update.barcode, new Error(`No Shopify variant has SKU ${update.sku}`)));
  }

  for (let start = 0; start < ready.length; start += INVENTORY_BATCH) {
    const batch = ready.slice(start, start + INVENTORY_BATCH);
    const levels = await readLevels(
      client,
      locationId,
      batch.map((u) => u.refs.inventoryItemId),
    );
    const errors = new Map<string, string>();

    const targets: InventoryTarget[] = batch.map((u) => ({
      sku: u.sku,
      inventoryItemId: u.refs.inventoryItemId,
      quantity: u.stock,
    }));
    const available = new Map([...levels].map(([id, level]) => [id, level.available]));
    for (const outcome of await setWithLevels(client, { locationId }, targets, available)) {
      if (outcome.status === "conflict" || outcome.status === "failed") errors.set(outcome.sku, outcome.message);
    }

    for (const update of batch) {
      const level = levels.get(update.refs.inventoryItemId);
      const wanted = pricesOf(update);
      if (level?.price === wanted.price && level.compareAtPrice === wanted.compareAtPrice) continue;
      try {
        await updatePrices(client, update.refs.productId, [
          {
            variantId: update.refs.variantId,
            salePriceKurus: update.salePriceKurus,
            listPriceKurus: update.listPriceKurus,
          },
        ]);
      } catch (error) {
        if (error instanceof ShopifyError && !isPerItem(error)) throw error;
        errors.set(update.sku, [errors.get(update.sku), describe(error)].filter(Boolean).join("; "));
      }
    }

    for (const update of batch) {
      const error = errors.get(update.sku);
      results.push({
        sku: update.sku,
        barcode: update.barcode,
        ok: !error,
        errors: error ? [error] : [],
        // Only ids Köprü did not have yet (looked up by SKU) need storing.
        ...(asRefs(update.remoteRefs) ? {} : { remoteRefs: update.refs }),
      });
    }
  }
  return results;
}

function pricesOf(update: PriceStockUpdate) {
  const isDiscounted = update.salePriceKurus < update.listPriceKurus;
  return {
    price: kurusToDecimal(update.salePriceKurus),
    compareAtPrice: isDiscounted ? kurusToDecimal(update.listPriceKurus) : null,
  };
}
