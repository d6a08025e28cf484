export { trendyolProvider, type TrendyolCredentials } from "./config";
export { parseTrendyolWebhook, verifyTrendyolWebhook } from "./webhook";
export { TRENDYOL_WEBHOOK_EVENT_TYPES, buildSampleTrendyolWebhook } from "./webhook-sample";
import { z } from "zod";
import { ProviderError } from "@/lib/errors";
import type {
  MarketplaceAdapter,
  MarketplaceProduct,
  PackageStatus,
  PackageStatusUpdate,
  PriceStockUpdate,
  PushReceipt,
} from "@/lib/providers/marketplace";
import type { AdapterInput } from "@/lib/providers/types";
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
import type { TrendyolCredentials } from "./config";
import { batchRequestIdSchema, batchResultSchema, shipmentPackageSchema, trendyolProductSchema } from "./wire";

/** `productDefaults` (the merchant's contracted cargo company, a default desi) is only needed to create products. */
export type TrendyolAdapterConfig = TrendyolClientOptions & {
  productDefaults?: ProductDefaults;
  /** Items per price/stock request; defaults to PRICE_STOCK_BATCH_LIMIT (the docs conflict: 1,000 now, 100 before). */
  priceStockBatchSize?: number;
  /** The integration-level brand/category used when a product has no match of its own. */
  catalogDefaults?: { brandId?: string; categoryId?: string };
};

export const TRENDYOL_PACKAGE_STATUSES = ["picking", "invoiced"] as const satisfies readonly PackageStatus[];

/** The registry's factory: stored credentials → adapter. */
export function createTrendyolMarketplace(input: AdapterInput<TrendyolCredentials>): MarketplaceAdapter {
  const { credentials } = input;
  return createTrendyolAdapter({
    baseUrl: credentials.base_url,
    sellerId: credentials.seller_id,
    apiKey: credentials.api_key,
    apiSecret: credentials.api_secret,
    fetch: input.fetch,
    sleep: input.sleep,
    priceStockBatchSize: input.tuning?.priceStockBatchSize,
    productDefaults: credentials.cargo_company_id
      ? { cargoCompanyId: Number(credentials.cargo_company_id), dimensionalWeight: 1 }
      : undefined,
    catalogDefaults: { brandId: credentials.default_brand_id, categoryId: credentials.default_category_id },
  });
}

export function createTrendyolAdapter(config: TrendyolAdapterConfig) {
  const client = createTrendyolClient(config);
  const seller = encodeURIComponent(config.sellerId);
  const productsPath = `/integration/product/sellers/${seller}/products`;
  const packagePath = (packageId: string) =>
    `/integration/order/sellers/${seller}/shipment-packages/${encodeURIComponent(packageId)}`;
  const { productDefaults } = config;

  return {
    productDefaults: {
      remoteBrandId: config.catalogDefaults?.brandId,
      remoteCategoryId: config.catalogDefaults?.categoryId,
      requiresBrandAndCategory: true,
    },
    packageStatuses: TRENDYOL_PACKAGE_STATUSES,

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

    async pushProducts(products: MarketplaceProduct[], options?: { mode?: "create" | "update" }): Promise<PushReceipt> {
      if (!productDefaults) {
        throw new ProviderError(
          "invalid_request",
          "Set the Trendyol cargo company before sending products to Trendyol",
        );
      }
      const items = products.map((product) => toProductCreateItem(product, productDefaults));
      const method = options?.mode === "update" ? "PUT" : "POST";
      return {
        mode: "batches",
        batchIds: await sendInBatches(client, { method, path: productsPath }, items, PRODUCT_BATCH_LIMIT),
      };
    },

    async pushPriceStock(updates: PriceStockUpdate[]): Promise<PushReceipt> {
      const path = `/integration/inventory/sellers/${seller}/products/price-and-inventory`;
      const size = Math.min(config.priceStockBatchSize ?? PRICE_STOCK_BATCH_LIMIT, PRICE_STOCK_BATCH_LIMIT);
      const batchIds = await sendInBatches(client, { method: "POST", path }, updates.map(toPriceInventoryItem), size);
      return { mode: "batches", batchIds };
    },

    async getBatchResult(batchId: string) {
      const path = `${productsPath}/batch-requests/${encodeURIComponent(batchId)}`;
      return toBatchResult(await client.request({ path, schema: batchResultSchema }));
    },

    // Offset paging: a package modified mid-walk can move pages; callers overlap their `since` and upsert on packageId.
    async *listOrders({ since, until }: { since: Date; until: Date }) {
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

    async updatePackageStatus(update: PackageStatusUpdate) {
      await client.send({ method: "PUT", path: packagePath(update.packageId), body: toPackageStatusBody(update) });
    },
  } satisfies MarketplaceAdapter;
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
