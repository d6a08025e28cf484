import type { MarketplaceAdapter, PackageStatus, PriceStockUpdate } from "@/lib/providers/marketplace";
import type { AdapterInput } from "@/lib/providers/types";
import { createTrendyolClaims } from "./claims";
import { createTrendyolClient } from "./client";
import type { TrendyolClientOptions } from "./client";
import type { TrendyolCredentials } from "./config";
import { createTrendyolLookups } from "./lookups";
import { createTrendyolOrders } from "./orders";
import { createTrendyolProducts } from "./products";
import type { ProductDefaults } from "./transform";

export { trendyolProvider, type TrendyolCredentials } from "./config";
export { parseTrendyolWebhook, verifyTrendyolWebhook } from "./webhook";
export { TRENDYOL_WEBHOOK_EVENT_TYPES, buildSampleTrendyolWebhook } from "./webhook-sample";

export type TrendyolAdapterConfig = TrendyolClientOptions & {
  productDefaults?: ProductDefaults;
  /** Items per price/stock request (at most 1,000). */
  priceStockBatchSize?: number;
  /** Pause between stream calls; Trendyol asks for ≥ 5 s (the default). */
  streamPaceMs?: number;
  /** The integration-level brand/category used when a product has no match of its own. */
  catalogDefaults?: { brandId?: string; categoryId?: string };
};

export const TRENDYOL_PACKAGE_STATUSES = [
  "picking",
  "invoiced",
  "unsupplied",
  "shipped",
] as const satisfies readonly PackageStatus[];

/** Adapter settings from stored credentials (shared by the registry's factory and Trendyol-only features). */
export function trendyolAdapterConfig(input: AdapterInput<TrendyolCredentials>): TrendyolAdapterConfig {
  const { credentials } = input;
  return {
    baseUrl: credentials.base_url,
    sellerId: credentials.seller_id,
    apiKey: credentials.api_key,
    apiSecret: credentials.api_secret,
    listingTier: credentials.listing_tier,
    fetch: input.fetch,
    sleep: input.sleep,
    priceStockBatchSize: input.tuning?.priceStockBatchSize,
    streamPaceMs: input.tuning?.orderStreamPaceMs,
    catalogDefaults: { brandId: credentials.default_brand_id, categoryId: credentials.default_category_id },
    productDefaults: {
      dimensionalWeight: 1,
      deliveryDuration: optionalNumber(credentials.delivery_duration),
    },
  };
}

const optionalNumber = (value: string | undefined) => (value ? Number(value) : undefined);

/** The registry's factory: stored credentials → adapter. */
export function createTrendyolMarketplace(input: AdapterInput<TrendyolCredentials>): MarketplaceAdapter {
  return createTrendyolAdapter(trendyolAdapterConfig(input));
}

/** Trendyol on the 2026 contract: the marketplace capability plus what only Trendyol offers (lookups, webhooks API). */
export function createTrendyolAdapter(config: TrendyolAdapterConfig) {
  const client = createTrendyolClient(config);
  const products = createTrendyolProducts(client, config.productDefaults);
  const orders = createTrendyolOrders(client, { streamPaceMs: config.streamPaceMs, now: config.now });
  const claims = createTrendyolClaims(client);
  const lookups = createTrendyolLookups(client);

  const marketplace = {
    productDefaults: {
      remoteBrandId: config.catalogDefaults?.brandId,
      remoteCategoryId: config.catalogDefaults?.categoryId,
      requiresBrandAndCategory: true,
    },
    packageStatuses: TRENDYOL_PACKAGE_STATUSES,
    testConnection: products.testConnection,
    listProducts: products.listProducts,
    pushProducts: async (...args: Parameters<typeof products.pushProducts>) => ({
      mode: "batches" as const,
      batchIds: await products.pushProducts(...args),
    }),
    pushPriceStock: async (updates: PriceStockUpdate[]) => ({
      mode: "batches" as const,
      batchIds: await products.pushPriceStock(updates, config.priceStockBatchSize),
    }),
    getBatchResult: products.getBatchResult,
    listOrders: orders.listOrders,
    getPackage: orders.getPackage,
    updatePackageStatus: orders.updatePackageStatus,
    sendInvoiceLink: orders.sendInvoiceLink,
    listClaims: claims.listClaims,
    approveClaim: claims.approveClaim,
    rejectClaim: claims.rejectClaim,
    listClaimRejectReasons: claims.listClaimRejectReasons,
  } satisfies MarketplaceAdapter;
  // What only Trendyol offers: look-ups by order number or many package ids, its lookups and webhook API.
  return {
    ...marketplace,
    getOrderPackages: orders.getOrderPackages,
    markUnsupplied: orders.markUnsupplied,
    sendAlternativeDelivery: orders.sendAlternativeDelivery,
    ...lookups,
  };
}

export type TrendyolAdapter = ReturnType<typeof createTrendyolAdapter>;
