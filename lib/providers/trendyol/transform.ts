import { ProviderError } from "@/lib/errors";
import type {
  BatchResult,
  MarketplaceAddress,
  MarketplaceOrder,
  MarketplaceOrderStatus,
  MarketplaceProduct,
  PackageStatusUpdate,
  PriceStockUpdate,
  RemoteAttributeValue,
} from "@/lib/providers/marketplace";
import type {
  TrendyolAddress,
  TrendyolApprovedContent,
  TrendyolAttribute,
  TrendyolBatchResult,
  TrendyolContentUpdateItem,
  TrendyolPackageStatusBody,
  TrendyolPriceInventoryItem,
  TrendyolProductV2Item,
  TrendyolShipmentPackage,
  TrendyolVariantUpdateItem,
} from "./wire";

/** Trendyol sends TRY as decimals (19.99); Köprü keeps integer kuruş. Rounding absorbs 19.99 * 100 = 1998.9999…. */
export function toKurus(amount: number): number {
  return Math.round(amount * 100);
}

export function fromKurus(kurus: number): number {
  return kurus / 100;
}

/** Product V2 accepts only these VAT rates. */
export const TRENDYOL_VAT_RATES = [0, 1, 10, 20] as const;

export function toMarketplaceProduct(content: TrendyolApprovedContent): MarketplaceProduct[] {
  const nameOf = (value: TrendyolApprovedContent["brand"]) => (typeof value === "string" ? value : (value?.name ?? ""));
  const idOf = (value: TrendyolApprovedContent["brand"]) =>
    typeof value === "object" && value?.id ? value.id : undefined;
  return content.variants.map((variant) => ({
    sku: variant.stockCode || variant.barcode,
    barcode: variant.barcode,
    title: content.title,
    description: content.description ?? "",
    brand: nameOf(content.brand),
    category: nameOf(content.category),
    vatRate: variant.vatRate ?? content.vatRate ?? 20,
    listPriceKurus: toKurus(variant.price?.listPrice ?? 0),
    salePriceKurus: toKurus(variant.price?.salePrice ?? 0),
    currency: "TRY",
    stock: variant.quantity ?? 0,
    images: (content.images ?? []).map((image) => image.url),
    remoteBrandId: idOf(content.brand),
    remoteCategoryId: idOf(content.category),
    remoteContentId: content.contentId,
  }));
}

/**
 * Integration-level product settings. `deliveryDuration` (optional): days until the package is handed to the cargo
 * firm (0 = "Bugün Kargoda", 1 = "En Geç Yarın"). V2 has no `cargoCompanyId` on the item (V1 had); the sheet names a
 * `cargoProviders` field without its shape, so no cargo company is sent until that is confirmed.
 */
export type ProductDefaults = { dimensionalWeight: number; deliveryDuration?: number };

function requireIds(product: MarketplaceProduct) {
  const brandId = toIntegerId(product.remoteBrandId);
  const categoryId = toIntegerId(product.remoteCategoryId);
  if (brandId === undefined || categoryId === undefined) {
    throw new ProviderError(
      "invalid_request",
      `Product ${product.sku} needs a Trendyol brand and category before it can be sent`,
    );
  }
  return { brandId, categoryId };
}

/** Köprü's matched attribute values in the plural V2 form (`attributeValueIds`, or `attributeValue` for free text). */
export function toTrendyolAttributes(values: readonly RemoteAttributeValue[] = []): TrendyolAttribute[] {
  const attributes: TrendyolAttribute[] = [];
  for (const value of values) {
    const attributeId = toIntegerId(value.attributeId);
    if (attributeId === undefined) continue;
    const ids = (value.valueIds ?? []).map(toIntegerId).filter((id): id is number => id !== undefined);
    if (ids.length > 0) attributes.push({ attributeId, attributeValueIds: ids });
    else if (value.text?.trim()) attributes.push({ attributeId, attributeValue: value.text.trim() });
  }
  return attributes;
}

export function toProductV2Item(product: MarketplaceProduct, defaults: ProductDefaults): TrendyolProductV2Item {
  return {
    barcode: product.barcode,
    title: product.title,
    productMainId: product.sku,
    ...requireIds(product),
    quantity: product.stock,
    stockCode: product.sku,
    dimensionalWeight: defaults.dimensionalWeight,
    description: product.description,
    listPrice: fromKurus(product.listPriceKurus),
    salePrice: fromKurus(product.salePriceKurus),
    vatRate: product.vatRate,
    images: product.images.map((url) => ({ url })),
    attributes: toTrendyolAttributes(product.remoteAttributes),
    ...(defaults.deliveryDuration !== undefined && { deliveryOption: { deliveryDuration: defaults.deliveryDuration } }),
  };
}

/** Approved content: everything but frozen fields; attributes are replaced wholesale, so all of them are sent. */
export function toContentUpdateItem(product: MarketplaceProduct, contentId: string): TrendyolContentUpdateItem {
  return {
    contentId: toIntegerId(contentId) ?? contentId,
    title: product.title,
    description: product.description || undefined,
    images: product.images.length > 0 ? product.images.map((url) => ({ url })) : undefined,
    attributes: toTrendyolAttributes(product.remoteAttributes),
  };
}

/** Full variant data (the guide and the reference disagree on partial updates). */
export function toVariantUpdateItem(product: MarketplaceProduct, defaults: ProductDefaults): TrendyolVariantUpdateItem {
  return {
    barcode: product.barcode,
    stockCode: product.sku,
    vatRate: product.vatRate,
    dimensionalWeight: defaults.dimensionalWeight,
  };
}

export function toPriceInventoryItem(update: PriceStockUpdate): TrendyolPriceInventoryItem {
  return {
    barcode: update.barcode,
    quantity: update.stock,
    salePrice: fromKurus(update.salePriceKurus),
    listPrice: fromKurus(update.listPriceKurus),
  };
}

/**
 * A batch is done when Trendyol says COMPLETED, or, for price/stock batches that carry no top-level status, when every
 * one of its `itemCount` items has a SUCCESS or FAILED verdict. `barcodeOf` maps content-keyed items back to barcodes.
 */
export function toBatchResult(
  batch: TrendyolBatchResult,
  barcodeOf?: (contentId: string) => string | undefined,
): BatchResult {
  const judged = batch.items.filter((item) => item.status === "SUCCESS" || item.status === "FAILED");
  const isCompleted = batch.status
    ? batch.status === "COMPLETED"
    : judged.length > 0 && judged.length === batch.items.length && judged.length >= (batch.itemCount ?? 0);
  return {
    batchId: batch.batchRequestId,
    status: isCompleted ? "completed" : "in_progress",
    items: (isCompleted ? judged : []).map((item) => {
      const contentId = item.requestItem.contentId ?? undefined;
      return {
        sku: item.requestItem.stockCode ?? null,
        barcode: item.requestItem.barcode ?? (contentId ? (barcodeOf?.(contentId) ?? null) : null),
        ok: item.status === "SUCCESS",
        errors: item.failureReasons ?? [],
      };
    }),
  };
}

const ORDER_STATUSES: Record<string, MarketplaceOrderStatus> = {
  created: "created",
  picking: "picking",
  invoiced: "invoiced",
  shipped: "shipped",
  delivered: "delivered",
  undelivered: "undelivered",
  cancelled: "cancelled",
  returned: "returned",
  unsupplied: "unsupplied",
};

/** "Awaiting" packages are stock reservations, not orders to ship: Köprü imports them once they turn Created. */
export function isShippablePackage(pkg: TrendyolShipmentPackage): boolean {
  return (pkg.shipmentPackageStatus ?? pkg.status).toLowerCase() !== "awaiting";
}

// Dates are taken as absolute epoch ms. The fact sheet notes "GMT+3"; if a real account shows orderDate shifted
// by 3 hours, correct it here and only here.
export function toMarketplaceOrder(pkg: TrendyolShipmentPackage): MarketplaceOrder {
  const status = pkg.shipmentPackageStatus ?? pkg.status;
  return {
    remoteOrderNumber: pkg.orderNumber,
    packageId: pkg.shipmentPackageId,
    status: ORDER_STATUSES[status.toLowerCase()] ?? "unknown",
    orderDate: new Date(pkg.orderDate),
    lastModified: new Date(pkg.lastModifiedDate),
    customerName: [pkg.customerFirstName, pkg.customerLastName].filter(Boolean).join(" "),
    customerEmail: pkg.customerEmail ?? null,
    address: toAddress(pkg.shipmentAddress),
    currency: pkg.currencyCode,
    totalKurus: toKurus(pkg.packageTotalPrice),
    // `lineUnitPrice` is the unit price after discounts; `lineGrossAmount` the line before them [?]: the amount is
    // taken as unit price × quantity, which is what the merchant is paid for the line.
    lines: pkg.lines.map((line) => ({
      lineId: line.lineId,
      sku: line.stockCode || line.barcode,
      barcode: line.barcode,
      name: line.productName,
      quantity: line.quantity,
      unitPriceKurus: toKurus(line.lineUnitPrice),
      amountKurus: toKurus(line.lineUnitPrice) * line.quantity,
    })),
    raw: pkg,
  };
}

function toAddress(address: TrendyolAddress): MarketplaceAddress {
  return {
    fullName: address.fullName || [address.firstName, address.lastName].filter(Boolean).join(" "),
    address: address.fullAddress || [address.address1, address.address2].filter(Boolean).join(" "),
    district: address.district ?? null,
    city: address.city ?? null,
    postalCode: address.postalCode ?? null,
    countryCode: address.countryCode ?? null,
    phone: address.phone ?? null,
  };
}

/** Line ids go out as JSON numbers (`<long>`); one past 2^53 is refused rather than rounded. */
export function toLineRefs(lines: readonly { lineId: string; quantity: number }[]) {
  return lines.map((line) => {
    const lineId = toIntegerId(line.lineId);
    if (lineId === undefined)
      throw new ProviderError("invalid_request", `Package line id "${line.lineId}" is not a Trendyol line id`);
    return { lineId, quantity: line.quantity };
  });
}

/** Picking and Invoiced go through the package status call; other statuses have their own endpoints. */
export function toPackageStatusBody(update: PackageStatusUpdate): TrendyolPackageStatusBody {
  const lines = toLineRefs(update.lines);
  if (update.status === "invoiced")
    return { lines, params: { invoiceNumber: update.invoiceNumber }, status: "Invoiced" };
  if (update.status === "picking") return { lines, params: {}, status: "Picking" };
  throw new ProviderError(
    "invalid_request",
    `Trendyol does not take "${update.status}" through the package status call`,
  );
}

/** Consecutive inclusive windows covering [startMs, endMs], each spanning at most `maxMs`; no gaps, no overlap. */
export function splitWindows(startMs: number, endMs: number, maxMs: number): { startMs: number; endMs: number }[] {
  const windows: { startMs: number; endMs: number }[] = [];
  for (let start = startMs; start <= endMs; start += maxMs)
    windows.push({ startMs: start, endMs: Math.min(start + maxMs - 1, endMs) });
  return windows;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export function toIntegerId(id: string | undefined): number | undefined {
  const value = id === undefined || id.trim() === "" ? Number.NaN : Number(id);
  return Number.isSafeInteger(value) ? value : undefined;
}
