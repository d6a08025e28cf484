import type { Db } from "@/db/client";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { createTrendyolAdapter, trendyolAdapterConfig, type TrendyolCredentials } from "@/lib/providers/trendyol";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { loadIntegrationCredentials } from "./load-credentials";

/**
 * Trendyol's full adapter (the marketplace capability plus its lookups and webhook API), from stored credentials.
 * Generic code uses `loadMarketplaceAdapter`; this is for what only Trendyol offers.
 */
export async function loadTrendyolAdapter(options: { db: Db; deps?: SyncDeps }) {
  const { db, deps = {} } = options;
  const { credentials } = await loadIntegrationCredentials<TrendyolCredentials>({ db, id: "trendyol" });
  return createTrendyolAdapter(
    trendyolAdapterConfig({
      credentials,
      fetch: createProviderFetch({ provider: "trendyol", fetch: deps.fetch }),
      sleep: deps.sleep,
      tuning: { priceStockBatchSize: deps.priceStockBatchSize, orderStreamPaceMs: deps.orderStreamPaceMs },
    }),
  );
}
