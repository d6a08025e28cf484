import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import {
  PAYMENT_APIS,
  type AdapterByKind,
  type PaymentApi,
  type PaymentApiCredentials,
  type PaymentApiId,
} from "@/lib/providers/registry";
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
  return create(adapterInput(db, provider.id, credentials, deps));
}

/** What every factory gets: the credentials, the shared provider fetch, tuning, and the ways back to the DB. */
function adapterInput<C>(db: Db, providerId: string, credentials: C, deps: SyncDeps): AdapterInput<C> {
  return {
    credentials,
    fetch: createProviderFetch({ provider: providerId, fetch: deps.fetch }),
    sleep: deps.sleep,
    tuning: { priceStockBatchSize: deps.priceStockBatchSize, orderStreamPaceMs: deps.orderStreamPaceMs },
    saveSecrets: (changes) => saveRotatedSecrets(db, providerId, changes),
    recordSetting: (name, value) => void recordProviderSetting(db, providerId, name, value).catch(() => undefined),
    cache: dbProviderCache(db, providerId, deps.now),
  };
}

/** A payment provider's own API (registry `PAYMENT_APIS`) built the same way, with the credentials it was built from. */
export async function loadPaymentApi<P extends PaymentApiId>(options: {
  db: Db;
  provider: P;
  deps?: SyncDeps;
}): Promise<{ api: PaymentApi<P>; credentials: PaymentApiCredentials<P> }> {
  const { db, provider, deps = {} } = options;
  const { credentials } = await loadIntegrationCredentials<PaymentApiCredentials<P>>({ db, id: provider });
  const create = PAYMENT_APIS[provider] as (input: AdapterInput<PaymentApiCredentials<P>>) => PaymentApi<P>;
  return { api: create(adapterInput(db, provider, credentials, deps)), credentials };
}

export const loadMarketplaceAdapter = (options: { db: Db; integrationId: string; deps?: SyncDeps }) =>
  loadAdapter({ ...options, kind: "marketplace" });
