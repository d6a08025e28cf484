/** Provider-neutral marketplace capability and its domain types. Money is integer kuruş, never a float. */

export type MarketplaceProduct = {
  sku: string;
  barcode: string;
  title: string;
  description: string;
  brand: string;
  category: string;
  vatRate: number;
  listPriceKurus: number;
  salePriceKurus: number;
  currency: string;
  stock: number;
  images: string[];
  /** The marketplace's own brand/category ids; required to create a product there. */
  remoteBrandId?: string;
  remoteCategoryId?: string;
  /** Ids the marketplace gave this listing earlier (see `BatchItemResult.remoteRefs`). */
  remoteRefs?: Record<string, string>;
  /** The marketplace's attribute values for the matched category. */
  remoteAttributes?: RemoteAttributeValue[];
  /** The marketplace's own content/product id once it has one (Trendyol's contentId). */
  remoteContentId?: string;
};

/** One attribute of a marketplace category: value ids from the marketplace's list, or free text where allowed. */
export type RemoteAttributeValue = { attributeId: string; valueIds?: string[]; text?: string };

export type PriceStockUpdate = {
  sku: string;
  barcode: string;
  stock: number;
  listPriceKurus: number;
  salePriceKurus: number;
  remoteRefs?: Record<string, string>;
};

/**
 * `remoteRefs`: ids the marketplace gave the listing that later calls need (Shopify: product, variant and
 * inventory-item GIDs); stored on the listing and handed back with the next products and price/stock pushes.
 */
export type BatchItemResult = {
  sku: string | null;
  barcode: string | null;
  ok: boolean;
  errors: string[];
  remoteRefs?: Record<string, string>;
};

export type BatchResult = {
  batchId: string;
  status: "in_progress" | "completed";
  items: BatchItemResult[];
};

export const MARKETPLACE_ORDER_STATUSES = [
  "created",
  "picking",
  "invoiced",
  "shipped",
  "delivered",
  "undelivered",
  "cancelled",
  "returned",
  "unsupplied",
  "unknown",
] as const;
export type MarketplaceOrderStatus = (typeof MARKETPLACE_ORDER_STATUSES)[number];

export type MarketplaceAddress = {
  fullName: string;
  address: string;
  district: string | null;
  city: string | null;
  postalCode: string | null;
  countryCode: string | null;
  phone: string | null;
};

export type MarketplaceOrderLine = {
  /** Needed to report package status back line by line. */
  lineId: string;
  sku: string;
  barcode: string;
  name: string;
  quantity: number;
  unitPriceKurus: number;
  amountKurus: number;
};

export type MarketplaceOrder = {
  remoteOrderNumber: string;
  /** The upsert key: one order can be split into several packages. */
  packageId: string;
  status: MarketplaceOrderStatus;
  orderDate: Date;
  lastModified: Date;
  customerName: string;
  customerEmail: string | null;
  address: MarketplaceAddress;
  currency: string;
  totalKurus: number;
  lines: MarketplaceOrderLine[];
  raw: unknown;
  /**
   * Package ids of rows this package supersedes (Hepsiburada: an order's open-lines row once its lines are packed).
   * The orders sync drops those rows unless the same read still returned them (lines left unpacked).
   */
  replaces?: string[];
};

/**
 * A status change sent back to the marketplace for one package. `lines` names the package lines it applies to (all
 * lines of the package when the marketplace does not split). Reasons are the marketplace's own reason ids, as text.
 */
export type PackageStatusUpdate = {
  packageId: string;
  lines: { lineId: string; quantity: number }[];
} & (
  | { status: "picking" }
  | { status: "invoiced"; invoiceNumber: string }
  | { status: "unsupplied"; reasonId: string }
  | { status: "shipped"; trackingNumber: string; cargoCompany?: string; trackingUrl?: string }
  | { status: "delivered" }
  | { status: "cancel_line"; reasonId: string }
);
export type PackageStatus = PackageStatusUpdate["status"];

/**
 * What a push answered. `batches`: the marketplace processes asynchronously; poll each id with `getBatchResult`.
 * `items`: the final verdict per item, already known (synchronous APIs). Either way every item ends with one verdict.
 */
export type PushReceipt = { mode: "batches"; batchIds: string[] } | { mode: "items"; items: BatchItemResult[] };

export const CLAIM_STATUSES = ["created", "waiting", "accepted", "rejected", "cancelled", "unknown"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A return request on a package. Ids are the marketplace's, as text. */
export type MarketplaceClaim = {
  claimId: string;
  remoteOrderNumber: string;
  packageId: string | null;
  status: ClaimStatus;
  createdAt: Date;
  lastModified: Date;
  lines: MarketplaceClaimLine[];
  raw: unknown;
};

/** One claimed line. The optional fields are what a marketplace shows the seller to decide on it. */
export type MarketplaceClaimLine = {
  claimLineId: string;
  lineId: string | null;
  sku: string;
  quantity: number;
  reason: string | null;
  name?: string;
  barcode?: string | null;
  /** The marketplace's own status text for this line (Trendyol: WaitingInAction, Accepted, Unresolved…). */
  remoteStatus?: string;
  customerNote?: string | null;
  /** The marketplace waits for the seller's approve/reject on this line now. */
  isActionable?: boolean;
};

/**
 * A marketplace seen from Köprü. All ids are the marketplace's own ids as strings (never JS numbers: some exceed 2^53);
 * money is integer minor units (kuruş). Methods throw `ProviderError` with a merchant-readable message; the adapter
 * never touches the DB or env (config, credentials, `fetch` and `sleep` are injected by the registry's factory).
 *
 * Optional methods are what some marketplaces cannot do; the registry entry's `features` lists exactly the optional
 * methods an adapter implements (a test checks it), so the UI and syncs ask the registry, not the adapter.
 */
export interface MarketplaceAdapter {
  /** One cheap authenticated call; throws ProviderError naming what is wrong (key, secret, user agent…). */
  testConnection(): Promise<void>;
  /**
   * Settings the generic product sync needs: the brand/category used when a product has no match of its own, and
   * whether a product can be sent at all without both (Trendyol: yes, required).
   */
  readonly productDefaults?: { remoteBrandId?: string; remoteCategoryId?: string; requiresBrandAndCategory: boolean };
  listProducts?(): AsyncIterable<MarketplaceProduct>;
  /** Creates (`create`) or updates listings. Idempotent per SKU: resending the same product converges. */
  pushProducts?(products: MarketplaceProduct[], options?: { mode?: "create" | "update" }): Promise<PushReceipt>;
  /** Absolute values, not deltas: resending is harmless. Splits into the marketplace's batch limits itself. */
  pushPriceStock?(updates: PriceStockUpdate[]): Promise<PushReceipt>;
  /** Required when a push can answer `mode: "batches"`. */
  getBatchResult?(batchId: string): Promise<BatchResult>;
  /**
   * Packages modified in [since, until], each at least once, in no guaranteed order (Trendyol's stream walks a window
   * newest first): callers upsert newer-wins on `packageId` and move their cursor only past a finished range.
   */
  listOrders?(range: { since: Date; until: Date }): AsyncIterable<MarketplaceOrder>;
  /** Re-reads one package (webhook hints); null when the marketplace does not know it. */
  getPackage?(packageId: string): Promise<MarketplaceOrder | null>;
  /** Statuses `updatePackageStatus` accepts; anything else throws ProviderError("invalid_request"). */
  readonly packageStatuses?: readonly PackageStatus[];
  updatePackageStatus?(update: PackageStatusUpdate): Promise<void>;
  /** Attaches the merchant's e-invoice/e-archive PDF link to a package. Idempotent per package. */
  sendInvoiceLink?(input: { packageId: string; invoiceUrl: string; invoiceNumber?: string }): Promise<void>;
  /** Claims modified in [since, until], oldest first; upsert on `claimId`. */
  listClaims?(range: { since: Date; until: Date }): AsyncIterable<MarketplaceClaim>;
  approveClaim?(input: { claimId: string; claimLineIds: string[] }): Promise<void>;
  /**
   * `reasonId` is one of `listClaimRejectReasons`; a marketplace without that list (Hepsiburada) gets no reason id and
   * the merchant's explanation only.
   */
  rejectClaim?(input: {
    claimId: string;
    claimLineIds: string[];
    reasonId?: string;
    description: string;
  }): Promise<void>;
  /** The reasons `rejectClaim` accepts; absent where the marketplace takes a free explanation only. */
  listClaimRejectReasons?(): Promise<ClaimRejectReason[]>;
}

/** A reason the marketplace accepts when a seller rejects a claim. */
export type ClaimRejectReason = { id: string; name: string };
