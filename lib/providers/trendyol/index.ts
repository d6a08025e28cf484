import { z } from "zod";
import { ProviderError } from "@/lib/errors";
import type { MarketplaceAdapter, MarketplaceProduct, PriceStockUpdate } from "@/lib/providers/marketplace";
import {
  ORDER_PAGE_SIZE,
  ORDER_WINDOW_MAX_MS,
  PRICE_STOCK_BATCH_LIMIT,
  PRODUCT_BATCH_LIMIT,
  PRODUCT_PAGE_SIZE,
  createTrendyolClient,
  isDuplicateRequestError,
} from "./client";
import type { TrendyolClient, TrendyolClientOptions } from "./client";
import {
  chunk,
  splitWindows,
  toBatchResult,
  toMarketplaceOrder,
  toMarketplaceProduct,
  toPackageStatusBody,
  toPriceInventoryItem,
  toProductCreateItem,
} from "./transform";
import type { ProductDefaults } from "./transform";
import { batchRequestIdSchema, batchResultSchema, shipmentPackageSchema, trendyolProductSchema } from "./wire";

/** `productDefaults` (the merchant's contracted cargo company, a default desi) is only needed to create products. */
export type TrendyolAdapterConfig = TrendyolClientOptions & {
  productDefaults?: ProductDefaults;
  /** Items per price/stock request; defaults to PRICE_STOCK_BATCH_LIMIT (the docs conflict: 1,000 now, 100 before). */
  priceStockBatchSize?: number;
};

export function createTrendyolAdapter(config: TrendyolAdapterConfig): MarketplaceAdapter {
  const client = createTrendyolClient(config);
  const seller = encodeURIComponent(config.sellerId);
  const productsPath = `/integration/product/sellers/${seller}/products`;
  const packagePath = (packageId: string) =>
    `/integration/order/sellers/${seller}/shipment-packages/${encodeURIComponent(packageId)}`;
  const { productDefaults } = config;

  return {
    async testConnection() {
      await client.request({
        path: productsPath,
        query: { page: 0, size: 1 },
        schema: z.looseObject({ totalElements: z.number() }),
      });
    },

    async *listProducts() {
      for await (const page of client.paginate({
        path: productsPath,
        size: PRODUCT_PAGE_SIZE,
        itemSchema: trendyolProductSchema,
      })) {
        yield* page.map(toMarketplaceProduct);
      }
    },

    async pushProducts(products: MarketplaceProduct[], options?: { mode?: "create" | "update" }) {
      if (!productDefaults) {
        throw new ProviderError(
          "invalid_request",
          "Set the Trendyol cargo company before sending products to Trendyol",
        );
      }
      const items = products.map((product) => toProductCreateItem(product, productDefaults));
      const method = options?.mode === "update" ? "PUT" : "POST";
      return sendInBatches(client, { method, path: productsPath }, items, PRODUCT_BATCH_LIMIT);
    },

    async pushPriceStock(updates: PriceStockUpdate[]) {
      const path = `/integration/inventory/sellers/${seller}/products/price-and-inventory`;
      const size = Math.min(config.priceStockBatchSize ?? PRICE_STOCK_BATCH_LIMIT, PRICE_STOCK_BATCH_LIMIT);
      return sendInBatches(client, { method: "POST", path }, updates.map(toPriceInventoryItem), size);
    },

    async getBatchResult(batchId) {
      const path = `${productsPath}/batch-requests/${encodeURIComponent(batchId)}`;
      return toBatchResult(await client.request({ path, schema: batchResultSchema }));
    },

    // Offset paging: a package modified mid-walk can move pages; callers overlap their `since` and upsert on packageId.
    async *listOrders({ since, until }) {
      const path = `/integration/order/sellers/${seller}/orders`;
      for (const window of splitWindows(since.getTime(), until.getTime(), ORDER_WINDOW_MAX_MS)) {
        const query = {
          startDate: window.startMs,
          endDate: window.endMs,
          orderByField: "PackageLastModifiedDate",
          orderByDirection: "ASC",
        };
        for await (const page of client.paginate({
          path,
          query,
          size: ORDER_PAGE_SIZE,
          itemSchema: shipmentPackageSchema,
        })) {
          yield* page.map(toMarketplaceOrder);
        }
      }
    },

    async updatePackageStatus(update) {
      await client.send({ method: "PUT", path: packagePath(update.packageId), body: toPackageStatusBody(update) });
    },

    async updateTrackingNumber({ packageId, trackingNumber }) {
      const path = `${packagePath(packageId)}/update-tracking-number`;
      await client.send({ method: "PUT", path, body: { trackingNumber } });
    },
  };
}

/**
 * One request per chunk, in order. A chunk Trendyol rejects as identical to one sent in the last 15 minutes is already
 * queued there, so it is skipped rather than failing the run; its batch id belongs to the earlier call.
 */
async function sendInBatches(
  client: TrendyolClient,
  target: { method: "POST" | "PUT"; path: string },
  items: readonly unknown[],
  limit: number,
): Promise<string[]> {
  const batchIds: string[] = [];
  for (const batch of chunk(items, limit)) {
    try {
      const { batchRequestId } = await client.request({
        ...target,
        body: { items: batch },
        schema: batchRequestIdSchema,
      });
      batchIds.push(batchRequestId);
    } catch (error) {
      if (!isDuplicateRequestError(error)) throw error;
    }
  }
  return batchIds;
}
