import type { Db } from "@/db/client";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { recordProviderSetting, saveRotatedSecrets } from "@/lib/integrations/store-provider-state";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import type { ShopifyClient } from "@/lib/providers/shopify/client";
import type { ShopifyCredentials } from "@/lib/providers/shopify/config";
import { createShopifyConnection } from "@/lib/providers/shopify/connection";

/** The Shopify client for the stored credentials, for the webhook handlers' re-reads. */
export async function loadShopifyClient(db: Db, deps: { fetch?: typeof fetch } = {}): Promise<ShopifyClient> {
  const { credentials } = await loadIntegrationCredentials<ShopifyCredentials>({ db, id: "shopify" });
  return createShopifyConnection({
    credentials,
    fetch: createProviderFetch({ provider: "shopify", fetch: deps.fetch }),
    saveSecrets: (changes) => saveRotatedSecrets(db, "shopify", changes),
    recordSetting: (name, value) => void recordProviderSetting(db, "shopify", name, value).catch(() => undefined),
  });
}
