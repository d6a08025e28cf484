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
};

export type BatchItemResult = { sku: string | null; barcode: string | null; ok: boolean; errors: string[] };

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
};

export type PackageStatusUpdate = {
  packageId: string;
  lines: { lineId: string; quantity: number }[];
} & ({ status: "picking" } | { status: "invoiced"; invoiceNumber: string });

export interface MarketplaceAdapter {
  /** One cheap authenticated call; throws ProviderError with a merchant-readable message. */
  testConnection(): Promise<void>;
  listProducts(): AsyncIterable<MarketplaceProduct>;
  /** Asynchronous on the marketplace side: returns batch ids to poll with getBatchResult. */
  pushProducts(products: MarketplaceProduct[], options?: { mode?: "create" | "update" }): Promise<string[]>;
  pushPriceStock(updates: PriceStockUpdate[]): Promise<string[]>;
  getBatchResult(batchId: string): Promise<BatchResult>;
  /** Packages modified in [since, until], each at least once, in no guaranteed order (callers upsert newer-wins). */
  listOrders(range: { since: Date; until: Date }): AsyncIterable<MarketplaceOrder>;
  updatePackageStatus(update: PackageStatusUpdate): Promise<void>;
}

/** One returned line of a claim, with the marketplace's own status and reason texts. */
export type MarketplaceClaimItem = {
  claimItemId: string;
  lineId: string | null;
  sku: string | null;
  barcode: string | null;
  name: string;
  status: string;
  reason: string | null;
  customerNote: string | null;
  /** The marketplace accepts a decision on this item now (approve or reject). */
  isActionable: boolean;
};

/** A return request on a marketplace order (Trendyol "claim"). */
export type MarketplaceClaim = {
  claimId: string;
  orderNumber: string;
  packageId: string | null;
  claimedAt: Date;
  lastModified: Date;
  items: MarketplaceClaimItem[];
  raw: unknown;
};

/** A reason the marketplace accepts when a seller rejects a claim. */
export type ClaimRejectReason = { id: string; name: string };
