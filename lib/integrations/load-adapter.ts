import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import type { AdapterByKind } from "@/lib/providers/registry";
import type { AdapterInput, ProviderKind } from "@/lib/providers/types";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { requireProvider } from "./get-integration";
import { loadIntegrationCredentials } from "./load-credentials";
import { dbProviderCache } from "./provider-cache";
import { recordProviderSetting, saveRotatedSecrets } from "./store-provider-state";

/**
 * Builds an integration's adapter from its stored, decrypted credentials through the registry's factory, with the
 * shared provider fetch. Throws AppError when the provider is not of `kind` or has no adapter yet.
 */
export async function loadAdapter<K extends ProviderKind>(options: {
  db: Db;
  integrationId: string;
  kind: K;
  deps?: SyncDeps;
}): Promise<AdapterByKind[K]> {
  const { db, integrationId, kind, deps = {} } = options;
  const provider = requireProvider(integrationId);
  if (provider.kind !== kind || !provider.adapter) {
    throw new AppError("invalid_input", `Köprü cannot talk to ${provider.displayName} yet`, {
      messageKey: "errors.provider_adapter_missing",
      params: { provider: provider.displayName },
    });
  }
  const { credentials } = await loadIntegrationCredentials<Record<string, unknown>>({ db, id: provider.id });
  // `provider.kind === kind` was checked above; TypeScript cannot carry that narrowing across the union.
  const create = provider.adapter as (input: AdapterInput<Record<string, unknown>>) => AdapterByKind[K];
  return create({
    credentials,
    fetch: createProviderFetch({ provider: provider.id, fetch: deps.fetch }),
    sleep: deps.sleep,
    tuning: { priceStockBatchSize: deps.priceStockBatchSize, orderStreamPaceMs: deps.orderStreamPaceMs },
    saveSecrets: (changes) => saveRotatedSecrets(db, provider.id, changes),
    recordSetting: (name, value) => void recordProviderSetting(db, provider.id, name, value).catch(() => undefined),
    cache: dbProviderCache(db, provider.id, deps.now),
  });
}

export const loadMarketplaceAdapter = (options: { db: Db; integrationId: string; deps?: SyncDeps }) =>
  loadAdapter({ ...options, kind: "marketplace" });
