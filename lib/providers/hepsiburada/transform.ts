import type {
  BatchItemResult,
  ClaimStatus,
  MarketplaceAddress,
  MarketplaceOrder,
  MarketplaceOrderLine,
  MarketplaceOrderStatus,
  PriceStockUpdate,
} from "@/lib/providers/marketplace";
import type {
  HepsiburadaClaim,
  HepsiburadaListing,
  HepsiburadaMoney,
  HepsiburadaOrderLine,
  HepsiburadaPackage,
  HepsiburadaUploadStatus,
  UploadItem,
} from "./wire";

/** Hepsiburada sends TRY as decimals (129.9); Köprü keeps integer kuruş. Rounding absorbs 19.99 * 100 = 1998.999…. */
export function toKurus(amount: number): number {
  return Math.round(amount * 100);
}

export function fromKurus(kurus: number): number {
  return kurus / 100;
}

/**
 * How many items go in each upload. Uploads are processed side by side (up to `inFlight` at once), so the items are
 * spread evenly over as many uploads as fill the slots in each round: 10,000 items go as five uploads of 2,000 rather
 * than 4,000 + 4,000 + 2,000, and finish when one upload of 2,000 would. Uploads are not made smaller than `minSize`
 * (a handful of items is one upload). Sizes never exceed `maxSize`.
 */
export function planUploadSizes(
  items: number,
  limits: { maxSize: number; inFlight: number; minSize: number },
): number[] {
  if (items <= 0) return [];
  const rounds = Math.ceil(items / (limits.maxSize * limits.inFlight));
  const count = Math.max(
    Math.ceil(items / limits.maxSize),
    Math.min(rounds * limits.inFlight, Math.max(1, Math.floor(items / limits.minSize))),
  );
  const base = Math.floor(items / count);
  return Array.from({ length: count }, (_, i) => base + (i < items % count ? 1 : 0));
}

/** Splits `items` into consecutive parts of the given sizes. */
export function splitBySizes<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  const parts: T[][] = [];
  let start = 0;
  for (const size of sizes) {
    parts.push(items.slice(start, start + size));
    start += size;
  }
  return parts;
}

/** A listing as Köprü keeps it: both SKUs, so later uploads and webhooks can name it either way. */
export type HepsiburadaListingView = {
  merchantSku: string;
  hepsiburadaSku: string;
  priceKurus: number | null;
  stock: number | null;
  isSalable: boolean;
  isLocked: boolean;
};

export function toListingView(listing: HepsiburadaListing): HepsiburadaListingView {
  return {
    merchantSku: listing.merchantSku,
    hepsiburadaSku: listing.hepsiburadaSku,
    priceKurus: listing.price == null ? null : toKurus(listing.price),
    stock: listing.availableStock ?? null,
    isSalable: listing.isSalable ?? true,
    isLocked: Boolean(listing.isLocked || listing.isFrozen || listing.isSuspended),
  };
}

/**
 * One inventory-upload item (price and stock together). `barcode` of a Köprü update carries the Hepsiburada SKU once
 * the listing has been read; both SKUs are sent then, and Hepsiburada checks they belong together.
 */
export function toUploadItem(update: PriceStockUpdate): UploadItem {
  const hepsiburadaSku = update.barcode && update.barcode !== update.sku ? update.barcode : undefined;
  return {
    ...(hepsiburadaSku ? { hepsiburadaSku } : {}),
    merchantSku: update.sku,
    price: fromKurus(update.salePriceKurus),
    availableStock: Math.max(0, update.stock),
  };
}

/** `Done` and `Failed` end an upload; anything else (`Processing`, `PROCESSING`, `Waiting`…) is still in flight. */
export function isUploadFinished(status: string): boolean {
  return /^(done|failed|completed|finished)$/i.test(status.trim());
}

/** `MaxLock ≤ 120.00: Yüksek fiyat sebebiyle kilitlendi`: what the merchant sees per price-lock validation. */
function describeValidation(validation: NonNullable<HepsiburadaUploadStatus["priceValidations"]>[number]): string {
  const { minPrice: min, maxPrice: max } = validation;
  const range =
    min != null && max != null
      ? `${min.toFixed(2)}–${max.toFixed(2)}`
      : max != null
        ? `≤ ${max.toFixed(2)}`
        : min != null
          ? `≥ ${min.toFixed(2)}`
          : "";
  const head = [validation.type ?? "PriceLock", range].filter(Boolean).join(" ");
  return validation.description ? `${head}: ${validation.description}` : head;
}

/**
 * Every item's verdict from an upload status document. `elementNo` is 1-based into the array that was sent. With the
 * sent items every item gets a verdict (absent from `errors` = accepted); without them only failures are known.
 * An upload whose status is `Failed` with no item errors failed as a whole.
 */
export function toUploadItemResults(status: HepsiburadaUploadStatus, sent?: readonly UploadItem[]): BatchItemResult[] {
  const problems = new Map<number, string[]>();
  const add = (elementNo: number, message: string) =>
    problems.set(elementNo, [...(problems.get(elementNo) ?? []), message]);
  const named = new Map<number, { merchantSku?: string | null; hepsiburadaSku?: string | null }>();
  for (const error of status.errors ?? []) {
    named.set(error.elementNo, error);
    const codes = error.errors?.length ? error.errors : ["Rejected"];
    for (const code of codes) add(error.elementNo, code);
  }
  for (const validation of status.priceValidations ?? []) add(validation.elementNo, describeValidation(validation));
  const wholeFailure = /^failed$/i.test(status.status) && problems.size === 0;
  if (!sent) {
    return [...problems].map(([elementNo, errors]) => ({
      sku: named.get(elementNo)?.merchantSku ?? null,
      barcode: named.get(elementNo)?.hepsiburadaSku ?? null,
      ok: false,
      errors,
    }));
  }
  return sent.map((item, index) => {
    const errors = problems.get(index + 1) ?? (wholeFailure ? ["UploadFailed"] : []);
    return {
      sku: item.merchantSku ?? named.get(index + 1)?.merchantSku ?? null,
      barcode: item.hepsiburadaSku ?? named.get(index + 1)?.hepsiburadaSku ?? null,
      ok: errors.length === 0,
      errors,
    };
  });
}

/** Package and line statuses, compared without case, spaces or underscores ("InTransit", "IN_TRANSIT"). */
const STATUS_BY_NAME: Record<string, MarketplaceOrderStatus> = {
  open: "created",
  new: "created",
  created: "created",
  unpacked: "created",
  paymentawaiting: "created",
  packaged: "picking",
  picking: "picking",
  readytoship: "invoiced",
  invoiced: "invoiced",
  shipped: "shipped",
  intransit: "shipped",
  delivered: "delivered",
  undelivered: "undelivered",
  cancelled: "cancelled",
  cancelledbymerchant: "cancelled",
  cancelledbycustomer: "cancelled",
  cancelledbysap: "cancelled",
  returned: "returned",
  unsupplied: "unsupplied",
};

export function toOrderStatus(status: string | null | undefined): MarketplaceOrderStatus {
  return STATUS_BY_NAME[(status ?? "").toLowerCase().replace(/[\s_-]/g, "")] ?? "unknown";
}

/** OMS dates are ISO-8601 with or without an offset; without one they are Istanbul time (UTC+3, no DST since 2016). */
export function parseOmsDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  const date = new Date(hasZone ? value : `${value.trim().replace(" ", "T")}+03:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `begindate`/`enddate` as OMS wants them: `yyyy-MM-dd HH:mm` in Istanbul time ([?] in the sheet; kept here only). */
export function formatOmsDate(date: Date): string {
  const istanbul = new Date(date.getTime() + 3 * 60 * 60 * 1000).toISOString();
  return `${istanbul.slice(0, 10)} ${istanbul.slice(11, 16)}`;
}

/**
 * Splits [since, until) into windows of at most `maxMs`, on whole minutes (OMS dates have minute precision). `until` is
 * rounded up, so the minute it falls in is read although it may still fill up: the orders sync re-reads a few minutes
 * before its cursor, which reads that minute again.
 */
export function splitWindows(since: Date, until: Date, maxMs: number): { begin: Date; end: Date }[] {
  const minute = 60_000;
  if (until <= since) return [];
  let start = Math.floor(since.getTime() / minute) * minute;
  const stop = Math.ceil(until.getTime() / minute) * minute;
  const windows: { begin: Date; end: Date }[] = [];
  while (start < stop) {
    const end = Math.min(start + maxMs, stop);
    windows.push({ begin: new Date(start), end: new Date(end) });
    start = end;
  }
  return windows;
}

const amountOf = (money: HepsiburadaMoney | null | undefined) => (money ? toKurus(money.amount) : 0);

function toLine(line: HepsiburadaOrderLine): MarketplaceOrderLine {
  const amount = amountOf(line.totalPrice);
  return {
    lineId: line.id,
    sku: line.merchantSKU ?? line.sku ?? "",
    barcode: line.sku ?? line.productBarcode ?? "",
    name: line.name ?? "",
    quantity: line.quantity,
    unitPriceKurus: line.unitPrice ? amountOf(line.unitPrice) : Math.round(amount / Math.max(1, line.quantity)),
    amountKurus: amount,
  };
}

function toAddress(address: HepsiburadaOrderLine["shippingAddress"], fallbackName: string): MarketplaceAddress {
  return {
    fullName: address?.name ?? fallbackName,
    address: address?.address ?? "",
    district: address?.district ?? address?.town ?? null,
    city: address?.city ?? null,
    postalCode: address?.postalCode ?? null,
    countryCode: address?.countryCode ?? null,
    phone: address?.phoneNumber ?? null,
  };
}

/** Key of an order's lines that are paid but not yet in a package; they move into a package row once packed. */
export const openLinesKey = (orderNumber: string) => `open-${orderNumber}`;

/** Paid, not yet packed lines grouped by order number: one row per order until Hepsiburada (or the merchant) packs. */
export function toOpenOrders(lines: readonly HepsiburadaOrderLine[]): MarketplaceOrder[] {
  const byOrder = new Map<string, HepsiburadaOrderLine[]>();
  for (const line of lines) byOrder.set(line.orderNumber, [...(byOrder.get(line.orderNumber) ?? []), line]);
  return [...byOrder].map(([orderNumber, orderLines]) => {
    const first = orderLines[0]!;
    const modified = orderLines
      .map((line) => parseOmsDate(line.lastStatusUpdateDate) ?? parseOmsDate(line.orderDate))
      .reduce<Date | null>((a, b) => (!a || (b && b > a) ? b : a), null);
    const orderDate = parseOmsDate(first.orderDate) ?? new Date(0);
    const lines = orderLines.map(toLine);
    return {
      remoteOrderNumber: orderNumber,
      packageId: openLinesKey(orderNumber),
      status: "created",
      orderDate,
      lastModified: modified ?? orderDate,
      customerName: first.customerName ?? first.shippingAddress?.name ?? "",
      customerEmail: first.shippingAddress?.email ?? null,
      address: toAddress(first.shippingAddress, first.customerName ?? ""),
      currency: first.totalPrice?.currency ?? "TRY",
      totalKurus: lines.reduce((sum, line) => sum + line.amountKurus, 0),
      lines,
      raw: orderLines,
    };
  });
}

/** A package (from the ready-to-ship or by-status lists) as one Köprü order row keyed by its package number. */
export function toPackageOrder(pkg: HepsiburadaPackage, seenAt: Date): MarketplaceOrder {
  const lines: MarketplaceOrderLine[] = (pkg.items ?? []).map((item) => {
    const amount = amountOf(item.totalPrice ?? item.price);
    return {
      lineId: item.lineItemId,
      sku: item.merchantSku ?? item.hbSku ?? "",
      barcode: item.hbSku ?? "",
      name: item.productName ?? item.name ?? "",
      quantity: item.quantity,
      unitPriceKurus: item.unitPrice ? amountOf(item.unitPrice) : Math.round(amount / Math.max(1, item.quantity)),
      amountKurus: amount,
    };
  });
  const orderNumber = pkg.items?.find((item) => item.orderNumber)?.orderNumber ?? pkg.packageNumber;
  const orderDate = parseOmsDate(pkg.orderDate) ?? seenAt;
  return {
    remoteOrderNumber: orderNumber,
    packageId: pkg.packageNumber,
    status: toOrderStatus(pkg.status ?? "Packaged"),
    orderDate,
    lastModified: seenAt,
    customerName: pkg.customerName ?? pkg.recipientName ?? "",
    customerEmail: pkg.email ?? null,
    address: {
      fullName: pkg.recipientName ?? pkg.customerName ?? "",
      address: pkg.shippingAddressDetail ?? "",
      district: pkg.shippingDistrict ?? pkg.shippingTown ?? null,
      city: pkg.shippingCity ?? null,
      postalCode: null,
      countryCode: pkg.shippingCountryCode ?? null,
      phone: pkg.phoneNumber ?? null,
    },
    currency: "TRY",
    totalKurus: lines.reduce((sum, line) => sum + line.amountKurus, 0),
    lines,
    raw: pkg,
    replaces: [openLinesKey(orderNumber)],
  };
}

/** A claim (return) as Köprü shows it on the order. */
export type HepsiburadaClaimView = {
  claimNumber: string;
  orderNumber: string | null;
  status: string;
  type: string | null;
  quantity: number | null;
  reason: string | null;
  lineItemId: string | null;
  merchantSku: string | null;
  hepsiburadaSku: string | null;
  productName: string | null;
  claimedAt: Date | null;
};

const CLAIM_STATUS_BY_NAME: Record<string, ClaimStatus> = {
  awaitingpreapproval: "created",
  created: "created",
  awaitingaction: "waiting",
  waiting: "waiting",
  accepted: "accepted",
  rejected: "rejected",
  cancelled: "cancelled",
};

export function toClaimStatus(status: string): ClaimStatus {
  return CLAIM_STATUS_BY_NAME[status.toLowerCase().replace(/[\s_-]/g, "")] ?? "unknown";
}

export function toClaimView(claim: HepsiburadaClaim): HepsiburadaClaimView {
  return {
    claimNumber: claim.claimNumber,
    orderNumber: claim.orderNumber ?? null,
    status: claim.status,
    type: claim.type ?? null,
    quantity: claim.quantity ?? null,
    reason: claim.explanation ?? null,
    lineItemId: claim.line?.lineItemId ?? null,
    merchantSku: claim.line?.merchantSku ?? null,
    hepsiburadaSku: claim.line?.hbSku ?? null,
    productName: claim.line?.productName ?? null,
    claimedAt: parseOmsDate(claim.claimDate),
  };
}
