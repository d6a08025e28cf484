import type { MarketplaceAdapter, PriceStockUpdate } from "@/lib/providers/marketplace";
import { createTrendyolClaims } from "./claims";
import { createTrendyolClient } from "./client";
import type { TrendyolClientOptions } from "./client";
import { createTrendyolLookups } from "./lookups";
import { createTrendyolOrders } from "./orders";
import { createTrendyolProducts } from "./products";
import type { ProductDefaults } from "./transform";

export type TrendyolAdapterConfig = TrendyolClientOptions & {
  productDefaults?: ProductDefaults;
  /** Items per price/stock request (at most 1,000). */
  priceStockBatchSize?: number;
  /** Pause between stream calls; Trendyol asks for ≥ 5 s (the default). */
  streamPaceMs?: number;
};

/** Trendyol on the 2026 contract: the marketplace capability plus what only Trendyol offers (lookups, claims). */
export function createTrendyolAdapter(config: TrendyolAdapterConfig) {
  const client = createTrendyolClient(config);
  const products = createTrendyolProducts(client, config.productDefaults);
  const orders = createTrendyolOrders(client, { streamPaceMs: config.streamPaceMs, now: config.now });
  const claims = createTrendyolClaims(client);
  const lookups = createTrendyolLookups(client);

  const marketplace: MarketplaceAdapter = {
    testConnection: products.testConnection,
    listProducts: products.listProducts,
    pushProducts: products.pushProducts,
    pushPriceStock: (updates: PriceStockUpdate[]) => products.pushPriceStock(updates, config.priceStockBatchSize),
    getBatchResult: products.getBatchResult,
    listOrders: orders.listOrders,
    updatePackageStatus: orders.updatePackageStatus,
  };
  return {
    ...marketplace,
    getOrderPackages: orders.getOrderPackages,
    markUnsupplied: orders.markUnsupplied,
    sendAlternativeDelivery: orders.sendAlternativeDelivery,
    sendInvoiceLink: orders.sendInvoiceLink,
    ...claims,
    ...lookups,
  };
}

export type TrendyolAdapter = ReturnType<typeof createTrendyolAdapter>;
