import type { Db } from "@/db/client";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { createHepsiburadaMarketplace, type HepsiburadaAdapter } from "@/lib/providers/hepsiburada";
import type { HepsiburadaCredentials } from "@/lib/providers/hepsiburada/config";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import type { SyncDeps } from "../sync-deps";

/**
 * The Hepsiburada adapter with its own methods beyond `MarketplaceAdapter` (listings, uploads judged per item, package
 * look-ups), for Hepsiburada's syncs and webhook handlers; built by the registry's factory.
 */
export async function loadHepsiburadaAdapter(
  db: Db,
  integrationId: string,
  deps: SyncDeps = {},
): Promise<HepsiburadaAdapter> {
  const { credentials } = await loadIntegrationCredentials<HepsiburadaCredentials>({ db, id: integrationId });
  return createHepsiburadaMarketplace({
    credentials,
    fetch: createProviderFetch({ provider: "hepsiburada", fetch: deps.fetch }),
    sleep: deps.sleep,
    pollIntervalMs: deps.pollIntervalMs,
    now: deps.now,
  });
}
