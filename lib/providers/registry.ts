import { arasProvider, createArasCargo } from "@/lib/providers/aras";
import type { CargoAdapter } from "@/lib/providers/cargo";
import type { ErpAdapter } from "@/lib/providers/erp";
import {
  HEPSIBURADA_FEATURES,
  HEPSIBURADA_WEBHOOK_EVENT_TYPES,
  buildSampleHepsiburadaWebhook,
  createHepsiburadaMarketplace,
  hepsiburadaProvider,
  parseHepsiburadaWebhook,
  verifyHepsiburadaWebhook,
} from "@/lib/providers/hepsiburada";
import {
  IYZICO_WEBHOOK_EVENT_TYPES,
  buildSampleIyzicoWebhook,
  createIyzicoApi,
  createIyzicoPayments,
  iyzicoProvider,
  parseIyzicoWebhook,
  verifyIyzicoWebhook,
} from "@/lib/providers/iyzico";
import { createLucaErp, lucaProvider } from "@/lib/providers/luca";
import type { MarketplaceAdapter } from "@/lib/providers/marketplace";
import type { PaymentAdapter } from "@/lib/providers/payment";
import {
  SHOPIFY_WEBHOOK_EVENT_TYPES,
  buildSampleShopifyWebhook,
  createShopifyMarketplace,
  parseShopifyWebhook,
  shopifyProvider,
  verifyShopifyWebhook,
} from "@/lib/providers/shopify";
import {
  STRIPE_WEBHOOK_EVENT_TYPES,
  buildSampleStripeWebhook,
  createStripeApi,
  createStripePayments,
  parseStripeWebhook,
  stripeProvider,
  verifyStripeWebhook,
} from "@/lib/providers/stripe";
import {
  TRENDYOL_WEBHOOK_EVENT_TYPES,
  buildSampleTrendyolWebhook,
  createTrendyolMarketplace,
  parseTrendyolWebhook,
  trendyolProvider,
  verifyTrendyolWebhook,
} from "@/lib/providers/trendyol";
import {
  PROVIDER_IDS,
  type AdapterInput,
  type ProviderDefinition,
  type ProviderId,
  type ProviderKind,
  type SyncKind,
} from "@/lib/providers/types";
import type {
  SampleWebhook,
  WebhookCallTarget,
  WebhookParse,
  WebhookVerification,
} from "@/lib/providers/webhook-types";
import type { SyncHandler } from "@/lib/sync/sync-deps";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/*
 * The one place provider knowledge is reached through. It imports each provider's `index.ts` only, and only pure code
 * (config, webhook verification, adapter factories); anything that touches the DB (sync and webhook handlers) is
 * referenced with a lazy `import()`, so the registry can be imported from anywhere without import cycles.
 *
 * Plugging a provider in, all in its own entry below:
 * - adapter: `adapter: createXMarketplace` (exported from `lib/providers/x/index.ts`, taking `AdapterInput<XCredentials>`)
 *   plus `features: [...]`, the optional capability methods it implements. The connection test is the adapter's own
 *   `testConnection()`; nothing else to register.
 * - syncs: `orders_in: marketplaceSync("orders_in", 15)` runs the generic marketplace sync against the adapter; another
 *   sync is `{ defaultMinutes, load: () => import("…").then((m) => m.handler) }`. A kind without `load` is declared only.
 * - webhook: verify/parse/eventTypes/buildSample and `loadHandlers`, a table typed `Record<EventType, WebhookHandler>`.
 */

export type AdapterByKind = {
  marketplace: MarketplaceAdapter;
  payment: PaymentAdapter;
  cargo: CargoAdapter;
  erp: ErpAdapter;
};

/** The optional methods of a capability: what `features` may list. */
export type OptionalFeature<T> = {
  [K in keyof T]-?: undefined extends T[K]
    ? NonNullable<T[K]> extends (...args: never[]) => unknown
      ? K
      : never
    : never;
}[keyof T] &
  string;

type Credentials = Record<string, unknown>;

/** What the intake needs of a provider that pushes: its real verification scheme, its parser, samples, handlers. */
export type WebhookDefinition = {
  verify(input: { rawBody: string; headers: Headers; credentials: Credentials; now?: Date }): WebhookVerification;
  /** `method`/`path`: the call's method and sub-path, for providers that route by them (Hepsiburada). */
  parse(input: { rawBody: string; headers: Headers } & WebhookCallTarget): WebhookParse;
  eventTypes: readonly string[];
  buildSample(eventType: string, credentials: Credentials): SampleWebhook;
  /** One handler per event type (the table is typed by the provider's event type list, so it is exhaustive). */
  loadHandlers(): Promise<Readonly<Record<string, WebhookHandler>>>;
};

/** A sync kind the provider has. Without `load` it is declared but not implemented: never offered nor scheduled. */
export type SyncDefinition = { defaultMinutes: number; load?: () => Promise<SyncHandler> };

export type ProviderEntry<K extends ProviderKind = ProviderKind> = ProviderDefinition & {
  kind: K;
  /** Builds the adapter from stored credentials; `undefined` = no adapter yet (no connection test, no adapter syncs). */
  adapter: ((input: AdapterInput<Credentials>) => AdapterByKind[K]) | undefined;
  /** Exactly the optional adapter methods this provider implements (the registry test checks it against the adapter). */
  features: readonly OptionalFeature<AdapterByKind[K]>[];
  /** `undefined`: the provider has no push channel. */
  webhook: WebhookDefinition | undefined;
  syncs: Partial<Record<SyncKind, SyncDefinition>>;
};

/** Any entry, narrowed by `kind`. */
export type AnyProviderEntry = { [K in ProviderKind]: ProviderEntry<K> }[ProviderKind];

/** Ties a provider's own credential and event types together, then erases them at the registry boundary. */
function defineProvider<I extends ProviderId, K extends ProviderKind, C, E extends string>(entry: {
  definition: ProviderDefinition & { id: I; kind: K };
  adapter?: (input: AdapterInput<C>) => AdapterByKind[K];
  features?: readonly OptionalFeature<AdapterByKind[K]>[];
  webhook?: {
    verify: (input: { rawBody: string; headers: Headers; credentials: C; now?: Date }) => WebhookVerification;
    parse: WebhookDefinition["parse"];
    eventTypes: readonly E[];
    buildSample: (eventType: E, credentials: C) => SampleWebhook;
    loadHandlers: () => Promise<Record<E, WebhookHandler>>;
  };
  syncs?: Partial<Record<SyncKind, SyncDefinition>>;
}): ProviderEntry<K> & { id: I } {
  const { adapter, webhook } = entry;
  return {
    ...entry.definition,
    adapter: adapter && ((input) => adapter({ ...input, credentials: input.credentials as C })),
    features: entry.features ?? [],
    webhook: webhook && {
      verify: (input) => webhook.verify({ ...input, credentials: input.credentials as C }),
      parse: webhook.parse,
      eventTypes: webhook.eventTypes,
      buildSample: (eventType, credentials) => webhook.buildSample(eventType as E, credentials as C),
      loadHandlers: webhook.loadHandlers,
    },
    syncs: entry.syncs ?? {},
  };
}

/**
 * The generic marketplace syncs, written against `MarketplaceAdapter`; each needs these adapter features. A push that
 * answers batch ids also needs `getBatchResult` (an adapter answering per item at once, like Shopify, does not).
 */
export const MARKETPLACE_SYNCS = {
  products_out: {
    needs: ["pushProducts"],
    load: () => import("@/lib/sync/marketplace/products-out").then((m) => m.syncProductsOut),
  },
  stock_price_out: {
    needs: ["pushPriceStock"],
    load: () => import("@/lib/sync/marketplace/stock-price-out").then((m) => m.syncStockPriceOut),
  },
  orders_in: {
    needs: ["listOrders"],
    load: () => import("@/lib/sync/marketplace/orders-in").then((m) => m.syncOrdersIn),
  },
} satisfies Partial<
  Record<SyncKind, { needs: readonly OptionalFeature<MarketplaceAdapter>[]; load: () => Promise<SyncHandler> }>
>;

const marketplaceSync = (kind: keyof typeof MARKETPLACE_SYNCS, defaultMinutes: number): SyncDefinition => ({
  defaultMinutes,
  load: MARKETPLACE_SYNCS[kind].load,
});

export const PROVIDERS: { [P in ProviderId]: AnyProviderEntry & { id: P } } = {
  trendyol: defineProvider({
    definition: trendyolProvider,
    adapter: createTrendyolMarketplace,
    features: [
      "listProducts",
      "pushProducts",
      "pushPriceStock",
      "getBatchResult",
      "listOrders",
      "getPackage",
      "updatePackageStatus",
      "sendInvoiceLink",
      "listClaims",
      "approveClaim",
      "rejectClaim",
      "listClaimRejectReasons",
    ],
    webhook: {
      verify: verifyTrendyolWebhook,
      parse: parseTrendyolWebhook,
      eventTypes: TRENDYOL_WEBHOOK_EVENT_TYPES,
      buildSample: buildSampleTrendyolWebhook,
      loadHandlers: () => import("@/lib/webhooks/handlers/trendyol").then((m) => m.trendyolWebhookHandlers),
    },
    syncs: {
      products_out: marketplaceSync("products_out", 30),
      stock_price_out: marketplaceSync("stock_price_out", 30),
      orders_in: marketplaceSync("orders_in", 5),
      // Trendyol asks integrators to refresh categories, brands and category attributes weekly.
      catalog_in: {
        defaultMinutes: 7 * 24 * 60,
        load: () => import("@/lib/sync/marketplace/catalog-in").then((m) => m.syncCatalogIn),
      },
    },
  }),
  hepsiburada: defineProvider({
    definition: hepsiburadaProvider,
    adapter: createHepsiburadaMarketplace,
    features: HEPSIBURADA_FEATURES,
    webhook: {
      verify: verifyHepsiburadaWebhook,
      parse: parseHepsiburadaWebhook,
      eventTypes: HEPSIBURADA_WEBHOOK_EVENT_TYPES,
      buildSample: buildSampleHepsiburadaWebhook,
      loadHandlers: () => import("@/lib/webhooks/handlers/hepsiburada").then((m) => m.hepsiburadaWebhookHandlers),
    },
    // orders_in is the generic sync (packages replace an order's open-lines row through `replaces`); stock_price_out
    // is Hepsiburada's own: it also reads and links listings (merchant SKU and Hepsiburada SKU) and records every
    // upload as soon as it is done.
    syncs: {
      orders_in: marketplaceSync("orders_in", 15),
      stock_price_out: {
        defaultMinutes: 15,
        load: () => import("@/lib/sync/hepsiburada/stock-price-out").then((m) => m.syncHepsiburadaStockPriceOut),
      },
    },
  }),
  shopify: defineProvider({
    definition: shopifyProvider,
    adapter: createShopifyMarketplace,
    features: ["pushProducts", "pushPriceStock", "listOrders", "getPackage", "updatePackageStatus"],
    webhook: {
      verify: verifyShopifyWebhook,
      parse: parseShopifyWebhook,
      eventTypes: SHOPIFY_WEBHOOK_EVENT_TYPES,
      buildSample: buildSampleShopifyWebhook,
      loadHandlers: () => import("@/lib/webhooks/handlers/shopify").then((m) => m.shopifyWebhookHandlers),
    },
    syncs: {
      products_out: marketplaceSync("products_out", 5),
      stock_price_out: marketplaceSync("stock_price_out", 5),
      orders_in: marketplaceSync("orders_in", 5),
    },
  }),
  iyzico: defineProvider({
    definition: iyzicoProvider,
    adapter: createIyzicoPayments,
    features: ["cancelPayment"],
    webhook: {
      verify: verifyIyzicoWebhook,
      parse: parseIyzicoWebhook,
      eventTypes: IYZICO_WEBHOOK_EVENT_TYPES,
      buildSample: buildSampleIyzicoWebhook,
      loadHandlers: () => import("@/lib/webhooks/handlers/iyzico").then((m) => m.iyzicoWebhookHandlers),
    },
  }),
  stripe: defineProvider({
    definition: stripeProvider,
    adapter: createStripePayments,
    features: ["cancelPayment"],
    webhook: {
      verify: verifyStripeWebhook,
      parse: parseStripeWebhook,
      eventTypes: STRIPE_WEBHOOK_EVENT_TYPES,
      buildSample: buildSampleStripeWebhook,
      loadHandlers: () => import("@/lib/webhooks/handlers/stripe").then((m) => m.stripeWebhookHandlers),
    },
  }),
  // Aras has no push channel: shipment status is polled from its query service.
  aras: defineProvider({
    definition: arasProvider,
    adapter: createArasCargo,
    features: ["cancelShipment", "track"],
    // Runs every 30 minutes; each shipment carries its own next poll time (30 min before the waybill, then 2 h).
    syncs: {
      tracking_in: {
        defaultMinutes: 30,
        load: () => import("@/lib/sync/cargo/tracking-in").then((m) => m.syncTrackingIn),
      },
    },
  }),
  luca: defineProvider({
    definition: lucaProvider,
    adapter: createLucaErp,
    features: ["upsertStockCard", "getInvoice", "issueEInvoice", "getEInvoicePdf", "cancelEArchive"],
    syncs: {
      erp_out: { defaultMinutes: 30, load: () => import("@/lib/sync/erp/erp-out").then((m) => m.syncErpOut) },
    },
  }),
};

/**
 * The payment providers' own APIs, which lib/payments drives (checkout form, 3-D Secure, PaymentIntents, disputes): the
 * capability adapters above are built on the same factories. Loaded with `loadPaymentApi` (lib/integrations).
 */
export const PAYMENT_APIS = { iyzico: createIyzicoApi, stripe: createStripeApi } as const;
export type PaymentApiId = keyof typeof PAYMENT_APIS;
export type PaymentApi<P extends PaymentApiId> = ReturnType<(typeof PAYMENT_APIS)[P]>;
export type PaymentApiCredentials<P extends PaymentApiId> = Parameters<(typeof PAYMENT_APIS)[P]>[0]["credentials"];

export function isProviderId(id: string): id is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(id);
}

export function getProvider(id: string): AnyProviderEntry | undefined {
  return isProviderId(id) ? PROVIDERS[id] : undefined;
}

/** Sync kinds Köprü can run for a provider today: only these are offered, shown with a schedule, or scheduled. */
export function runnableSyncKinds(provider: AnyProviderEntry): SyncKind[] {
  return (Object.keys(provider.syncs) as SyncKind[]).filter((kind) => provider.syncs[kind]?.load !== undefined);
}

export async function findSyncHandler(providerId: string, kind: string): Promise<SyncHandler | undefined> {
  const provider = getProvider(providerId);
  if (!provider || !Object.hasOwn(provider.syncs, kind)) return undefined;
  return provider.syncs[kind as SyncKind]?.load?.();
}

/** The handler for a stored event, or undefined for an unknown provider or event type (own keys only). */
export async function findWebhookHandler(
  providerId: string,
  eventType: string | null,
): Promise<WebhookHandler | undefined> {
  const webhook = getProvider(providerId)?.webhook;
  if (!webhook || eventType === null) return undefined;
  const handlers = await webhook.loadHandlers();
  return Object.hasOwn(handlers, eventType) ? handlers[eventType] : undefined;
}
