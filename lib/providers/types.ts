import type { z } from "zod";

export const PROVIDER_IDS = ["trendyol", "hepsiburada", "shopify", "iyzico", "stripe", "aras", "luca"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const PROVIDER_KINDS = ["marketplace", "payment", "cargo", "erp"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const SYNC_KINDS = ["products_out", "stock_price_out", "orders_in", "erp_out"] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** One credential or setting field as the settings form shows it. Labels live in the i18n messages under `fields.<name>`. */
export type CredentialField = {
  name: string;
  /** Secret fields are encrypted at rest and never sent back to the browser, only masked. */
  isSecret: boolean;
  isRequired: boolean;
  inputType?: "text" | "url" | "email";
  /** A choice among fixed values, shown as a select; option labels live under `fields.<name>Options.<value>`. */
  options?: readonly string[];
  /** Shown (and required) only while another field holds one of these values, e.g. Shopify's credential model. */
  showWhen?: Record<string, readonly string[]>;
};

/**
 * What the catalogue knows about a provider: its kind, its credential fields and the zod schema that validates them
 * (snake_case field names, every provider has `base_url`), and the sync kinds it runs with their default frequencies.
 */
export type ProviderDefinition<Schema extends z.ZodObject = z.ZodObject> = {
  id: ProviderId;
  kind: ProviderKind;
  displayName: string;
  defaultBaseUrl: string;
  credentialFields: readonly CredentialField[];
  credentialsSchema: Schema;
  syncKinds: readonly { kind: SyncKind; defaultMinutes: number }[];
  receivesWebhooks: boolean;
  /** The API version Köprü pins, for providers that version their API; the page warns when another one was served. */
  apiVersion?: string;
};
