import { ProviderError } from "@/lib/errors";
import type {
  BatchResult,
  MarketplaceAddress,
  MarketplaceOrder,
  MarketplaceOrderStatus,
  MarketplaceProduct,
  PackageStatusUpdate,
  PriceStockUpdate,
} from "@/lib/providers/marketplace";
import type {
  TrendyolAddress,
  TrendyolBatchResult,
  TrendyolPackageStatusBody,
  TrendyolPriceInventoryItem,
  TrendyolProduct,
  TrendyolProductCreateItem,
  TrendyolShipmentPackage,
} from "./wire";

/** Trendyol sends TRY as decimals (19.99); Köprü keeps integer kuruş. Rounding absorbs 19.99 * 100 = 1998.9999…. */
export function toKurus(amount: number): number {
  return Math.round(amount * 100);
}

export function fromKurus(kurus: number): number {
  return kurus / 100;
}

export function toMarketplaceProduct(product: TrendyolProduct): MarketplaceProduct {
  return {
    sku: product.stockCode || product.barcode,
    barcode: product.barcode,
    title: product.title,
    description: product.description ?? "",
    brand: product.brand ?? "",
    category: product.categoryName ?? "",
    vatRate: product.vatRate,
    listPriceKurus: toKurus(product.listPrice),
    salePriceKurus: toKurus(product.salePrice),
    currency: product.currencyType ?? "TRY",
    stock: product.quantity,
    images: (product.images ?? []).map((image) => image.url),
    remoteBrandId: product.brandId == null ? undefined : String(product.brandId),
    remoteCategoryId: product.pimCategoryId == null ? undefined : String(product.pimCategoryId),
  };
}

/** Account-level values Trendyol requires on every created product but Köprü does not keep per product. */
export type ProductDefaults = { cargoCompanyId: number; dimensionalWeight: number };

export function toProductCreateItem(product: MarketplaceProduct, defaults: ProductDefaults): TrendyolProductCreateItem {
  const brandId = toIntegerId(product.remoteBrandId);
  const categoryId = toIntegerId(product.remoteCategoryId);
  if (brandId === undefined || categoryId === undefined) {
    throw new ProviderError(
      "invalid_request",
      `Product ${product.sku} needs a Trendyol brand and category before it can be sent`,
    );
  }
  return {
    barcode: product.barcode,
    title: product.title,
    productMainId: product.sku,
    brandId,
    categoryId,
    quantity: product.stock,
    stockCode: product.sku,
    dimensionalWeight: defaults.dimensionalWeight,
    description: product.description,
    currencyType: product.currency,
    listPrice: fromKurus(product.listPriceKurus),
    salePrice: fromKurus(product.salePriceKurus),
    vatRate: product.vatRate,
    cargoCompanyId: defaults.cargoCompanyId,
    images: product.images.map((url) => ({ url })),
    attributes: [],
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

export function toBatchResult(batch: TrendyolBatchResult): BatchResult {
  return {
    batchId: batch.batchRequestId,
    status: batch.status === "COMPLETED" ? "completed" : "in_progress",
    items: batch.items.map((item) => ({
      sku: item.requestItem.stockCode ?? null,
      barcode: item.requestItem.barcode ?? null,
      ok: item.status === "SUCCESS",
      errors: item.failureReasons ?? [],
    })),
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

// Dates are taken as absolute epoch ms. The fact sheet notes "Turkey time"; if a real account shows orderDate shifted
// by 3 hours, correct it here and only here.
export function toMarketplaceOrder(pkg: TrendyolShipmentPackage): MarketplaceOrder {
  const status = pkg.shipmentPackageStatus ?? pkg.status;
  return {
    remoteOrderNumber: pkg.orderNumber,
    packageId: String(pkg.id),
    status: ORDER_STATUSES[status.toLowerCase()] ?? "unknown",
    orderDate: new Date(pkg.orderDate),
    lastModified: new Date(pkg.lastModifiedDate),
    customerName: [pkg.customerFirstName, pkg.customerLastName].filter(Boolean).join(" "),
    customerEmail: pkg.customerEmail ?? null,
    address: toAddress(pkg.shipmentAddress),
    currency: pkg.currencyCode,
    totalKurus: toKurus(pkg.totalPrice),
    // Trendyol's `price` is the unit price after discount, `amount` the line amount [?]: verify on a real multi-quantity line.
    lines: pkg.lines.map((line) => ({
      lineId: String(line.id),
      sku: line.merchantSku || line.barcode,
      barcode: line.barcode,
      name: line.productName,
      quantity: line.quantity,
      unitPriceKurus: toKurus(line.price),
      amountKurus: toKurus(line.amount),
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

export function toPackageStatusBody(update: PackageStatusUpdate): TrendyolPackageStatusBody {
  const lines = update.lines.map((line) => {
    const lineId = toIntegerId(line.lineId);
    if (lineId === undefined)
      throw new ProviderError("invalid_request", `Package line id "${line.lineId}" is not a Trendyol line id`);
    return { lineId, quantity: line.quantity };
  });
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

function toIntegerId(id: string | undefined): number | undefined {
  const value = id === undefined || id.trim() === "" ? Number.NaN : Number(id);
  return Number.isSafeInteger(value) ? value : undefined;
}
