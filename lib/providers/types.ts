import type { z } from "zod";

export const PROVIDER_IDS = ["trendyol", "hepsiburada", "shopify", "iyzico", "stripe", "aras", "luca"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const PROVIDER_KINDS = ["marketplace", "payment", "cargo", "erp"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Every sync kind any provider declares; which provider runs which (and how often) is in the registry. */
export const SYNC_KINDS = [
  "products_out",
  "stock_price_out",
  "orders_in",
  "claims_in",
  "tracking_in",
  "erp_out",
  "catalog_in",
] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** The longest schedule a sync may be given: a week (Trendyol's catalog refresh runs weekly). */
export const MAX_SYNC_MINUTES = 7 * 24 * 60;

/** One credential or setting field as the settings form shows it. Labels live in the i18n messages under `fields.<name>`. */
export type CredentialField = {
  name: string;
  /** Secret fields are encrypted at rest and never sent back to the browser, only masked. */
  isSecret: boolean;
  isRequired: boolean;
  inputType?: "text" | "url" | "email";
  /** A choice among fixed values, shown as a select; option labels live under `fields.<name>Options.<value>`. */
  options?: readonly string[];
  /**
   * A non-URL field that decides where secrets are sent (Shopify's shop domain); URL fields always do. Changing one
   * requires re-entering the secrets, so they never follow a changed address by themselves.
   */
  isSecretDestination?: boolean;
  /** A choice that may stay unset ("not chosen"); otherwise the select starts on the first option. */
  allowsNone?: boolean;
  /** Shown (and required) only while another field holds one of these values, e.g. Shopify's credential model. */
  showWhen?: Record<string, readonly string[]>;
  /**
   * Köprü makes this value up when the integration is activated and the field is empty (webhook Basic credentials or
   * an API key the provider sends back to us); an admin can still set or rotate it like any other field.
   */
  generated?: "username" | "secret";
};

/**
 * What a provider's `config.ts` knows: its kind, its credential fields and the zod schema that validates them
 * (snake_case field names, every provider has `base_url`). Syncs, webhooks and the adapter are in the registry.
 */
export type ProviderDefinition<Schema extends z.ZodObject = z.ZodObject> = {
  id: ProviderId;
  kind: ProviderKind;
  displayName: string;
  defaultBaseUrl: string;
  credentialFields: readonly CredentialField[];
  credentialsSchema: Schema;
  /** The API version Köprü pins, for providers that version their API; the page warns when another one was served. */
  apiVersion?: string;
};

/**
 * What the registry hands a provider's adapter factory: the decrypted, schema-checked credentials, the shared provider
 * `fetch` (timeout, no redirects, metrics: `createProviderFetch`), and a `sleep` tests replace. Nothing else: an
 * adapter never reads env or the DB.
 */
export type AdapterInput<Credentials> = {
  credentials: Credentials;
  fetch: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Tuning the benchmark and tests use (smaller batches than the provider's maximum). */
  tuning?: { priceStockBatchSize?: number; orderStreamPaceMs?: number };
  /**
   * Stores secrets the provider rotated (a new access + refresh token pair) in one write, before they are used; the
   * adapter still never touches the DB itself.
   */
  saveSecrets?: (changes: Record<string, string>) => Promise<void>;
  /** Records a fact the provider reported that the integration page shows (e.g. the API version it served). */
  recordSetting?: (name: string, value: string) => void;
  /** Small answers worth keeping across restarts (kept in the database by the caller; the adapter never sees it). */
  cache?: ProviderCache;
};

/** `get` answers `undefined` when the key is absent or expired. Values are JSON. */
export type ProviderCache = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
};
