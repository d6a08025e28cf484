import type { Db } from "@/db/client";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { createTrendyolAdapter } from "@/lib/providers/trendyol";
import type { TrendyolCredentials } from "@/lib/providers/trendyol/config";
import type { SyncDeps } from "../sync-deps";

export type TrendyolSettings = { defaultBrandId?: string; defaultCategoryId?: string };

/** Builds the Trendyol adapter from stored, decrypted credentials. */
export async function loadTrendyolAdapter(db: Db, integrationId: string, deps: SyncDeps = {}) {
  const { credentials } = await loadIntegrationCredentials<TrendyolCredentials>({ db, id: integrationId });
  const adapter = createTrendyolAdapter({
    baseUrl: credentials.base_url,
    sellerId: credentials.seller_id,
    apiKey: credentials.api_key,
    apiSecret: credentials.api_secret,
    fetch: createProviderFetch({ provider: "trendyol", fetch: deps.fetch }),
    sleep: deps.sleep,
    priceStockBatchSize: deps.priceStockBatchSize,
    listingTier: credentials.listing_tier,
    streamPaceMs: deps.orderStreamPaceMs,
  });
  const settings: TrendyolSettings = {
    defaultBrandId: credentials.default_brand_id,
    defaultCategoryId: credentials.default_category_id,
  };
  return { adapter, settings };
}
