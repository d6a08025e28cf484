import type { AdapterInput } from "@/lib/providers/types";
import { createHepsiburadaAdapter, type HepsiburadaAdapter } from "./adapter";
import { resolveHepsiburadaHosts, type HepsiburadaCredentials } from "./config";

/** Hepsiburada's public surface: what the registry imports. */
export { hepsiburadaProvider, type HepsiburadaCredentials } from "./config";
export { parseHepsiburadaWebhook, verifyHepsiburadaWebhook } from "./webhook";
export { HEPSIBURADA_WEBHOOK_EVENT_TYPES, buildSampleHepsiburadaWebhook } from "./webhook-sample";
export {
  createHepsiburadaAdapter,
  HEPSIBURADA_FEATURES,
  HEPSIBURADA_PACKAGE_STATUSES,
  UPLOAD_MAX_ITEMS,
  UPLOADS_IN_FLIGHT,
  type HepsiburadaAdapter,
  type HepsiburadaAdapterConfig,
} from "./adapter";

/** The registry's factory: stored credentials → adapter (hosts per service, developer username as User-Agent). */
export function createHepsiburadaMarketplace(
  input: AdapterInput<HepsiburadaCredentials> & { pollIntervalMs?: number; now?: () => Date },
): HepsiburadaAdapter {
  const { credentials } = input;
  return createHepsiburadaAdapter({
    hosts: resolveHepsiburadaHosts(credentials.base_url, {
      listing: credentials.listing_base_url,
      catalog: credentials.catalog_base_url,
    }),
    merchantId: credentials.merchant_id,
    serviceKey: credentials.service_key,
    developerUsername: credentials.developer_username,
    fetch: input.fetch,
    sleep: input.sleep,
    uploadPollMs: input.pollIntervalMs,
    now: input.now,
  });
}
