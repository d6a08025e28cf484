import type { Db } from "@/db/client";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { createHepsiburadaAdapter } from "@/lib/providers/hepsiburada";
import { resolveHepsiburadaHosts, type HepsiburadaCredentials } from "@/lib/providers/hepsiburada/config";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import type { SyncDeps } from "../sync-deps";

/** Builds the Hepsiburada adapter from stored, decrypted credentials. */
export async function loadHepsiburadaAdapter(db: Db, integrationId: string, deps: SyncDeps = {}) {
  const { credentials } = await loadIntegrationCredentials<HepsiburadaCredentials>({ db, id: integrationId });
  return createHepsiburadaAdapter({
    hosts: resolveHepsiburadaHosts(credentials.base_url, {
      listing: credentials.listing_base_url,
      catalog: credentials.catalog_base_url,
    }),
    merchantId: credentials.merchant_id,
    serviceKey: credentials.service_key,
    developerUsername: credentials.developer_username,
    fetch: createProviderFetch({ provider: "hepsiburada", fetch: deps.fetch }),
    sleep: deps.sleep,
    uploadPollMs: deps.pollIntervalMs,
    now: deps.now,
  });
}
