import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type UploadKind, uploadItemSchema, type UploadItem } from "./wire";
import type { FakeReply } from "./fake-oms";

/** Hepsiburada's upload limits (fact sheet §4): items per request and uploads in flight per merchant. */
export const FAKE_UPLOAD_MAX_ITEMS = 4000;
export const FAKE_UPLOADS_IN_FLIGHT = 5;
export const TOO_MANY_UPLOADS_MESSAGE = "There are too many ongoing/waiting inventory uploads at the moment.";

export type FakeListing = {
  listingId: string;
  hepsiburadaSku: string;
  merchantSku: string;
  price: number;
  availableStock: number;
  maximumPurchasableQuantity: number;
  isSalable: boolean;
  /** A MaxLock price lock: uploads above this price fail with OutOfPriceRange. */
  maxPrice?: number;
  isFrozen?: boolean;
};

type ItemError = { elementNo: number; hepsiburadaSku?: string; merchantSku?: string; errors: string[] };
type PriceValidation = { elementNo: number; type: "MinLock" | "MaxLock"; minPrice: number | null; maxPrice: number };

export type FakeUpload = {
  id: string;
  kind: UploadKind;
  createdAt: number;
  /** When the status turns Done/Failed: on a poll count or after a processing time, whichever the fake is set to. */
  readyAt: number;
  polls: number;
  items: UploadItem[];
  errors: ItemError[];
  priceValidations: PriceValidation[];
};

export type FakeListingOptions = {
  /** Polls answered `Processing` before an upload is done. Default 1. Ignored when `uploadProcessingMs` is set. */
  uploadPollsUntilDone?: number;
  /** Time an upload takes to process (ms per item, plus a fixed part). Makes uploads hold a slot in flight. */
  uploadProcessingMs?: { fixed: number; perItem: number };
  /** Items per merchant per day before 406 "Günlük limiti aştınız". Default unlimited. */
  dailyItemLimit?: number;
};

export function createFakeListings(options: FakeListingOptions, now: () => number) {
  const listings = new Map<string, FakeListing>();
  const uploads = new Map<string, FakeUpload>();
  let itemsToday = 0;

  const byHbSku = new Map<string, FakeListing>();
  const bySku = (merchantSku?: string, hepsiburadaSku?: string) => {
    const byMerchant = merchantSku ? listings.get(merchantSku) : undefined;
    const byHb = hepsiburadaSku ? byHbSku.get(hepsiburadaSku) : undefined;
    return { byMerchant, byHb };
  };

  const isDone = (upload: FakeUpload) =>
    options.uploadProcessingMs ? now() >= upload.readyAt : upload.polls > (options.uploadPollsUntilDone ?? 1);
  const inFlight = () => [...uploads.values()].filter((upload) => !isDone(upload)).length;

  /** Validates every item like Hepsiburada does, applying the accepted ones (visible in `GET listings` at once). */
  function validate(kind: UploadKind, items: UploadItem[]) {
    const errors: ItemError[] = [];
    const priceValidations: PriceValidation[] = [];
    const seenMerchant = new Set<string>();
    items.forEach((item, index) => {
      const elementNo = index + 1;
      const codes: string[] = [];
      const { byMerchant, byHb } = bySku(item.merchantSku, item.hepsiburadaSku);
      const listing = byMerchant ?? byHb;
      if (item.merchantSku && seenMerchant.has(item.merchantSku)) codes.push("DuplicateMerchantSkuSpecified");
      if (item.merchantSku) seenMerchant.add(item.merchantSku);
      if (!listing) codes.push("ProductNotFound");
      else if (byMerchant && byHb && byMerchant !== byHb) codes.push("MismatchingSkusSpecified");
      else if (item.hepsiburadaSku && listing.hepsiburadaSku !== item.hepsiburadaSku)
        codes.push("MismatchingSkusSpecified");
      const hasPrice = kind !== "stock";
      const hasStock = kind !== "price";
      if (hasPrice && (item.price === undefined || !(item.price > 0))) codes.push("InvalidPrice");
      if (
        hasStock &&
        (item.availableStock === undefined || item.availableStock < 0 || !Number.isInteger(item.availableStock))
      )
        codes.push("InvalidAvailableStock");
      if (listing?.isFrozen) codes.push("ListingFrozen");
      if (listing && hasPrice && listing.maxPrice !== undefined && (item.price ?? 0) > listing.maxPrice) {
        codes.push("OutOfPriceRange");
        priceValidations.push({ elementNo, type: "MaxLock", minPrice: null, maxPrice: listing.maxPrice });
      }
      if (codes.length > 0) {
        errors.push({ elementNo, merchantSku: item.merchantSku, hepsiburadaSku: item.hepsiburadaSku, errors: codes });
        return;
      }
      if (!listing) return;
      if (hasPrice && item.price !== undefined) listing.price = item.price;
      if (hasStock && item.availableStock !== undefined) listing.availableStock = item.availableStock;
      if (item.maximumPurchasableQuantity !== undefined)
        listing.maximumPurchasableQuantity = item.maximumPurchasableQuantity;
    });
    return { errors, priceValidations };
  }

  function upload(kind: UploadKind, body: unknown): FakeReply {
    if (!Array.isArray(body)) return { status: 400, body: { message: "Request body must be a JSON array" } };
    const parsed = z.array(uploadItemSchema).safeParse(body);
    if (!parsed.success) return { status: 400, body: { message: z.prettifyError(parsed.error) } };
    if (parsed.data.length === 0) return { status: 400, body: { message: "Request body must not be empty" } };
    if (parsed.data.length > FAKE_UPLOAD_MAX_ITEMS)
      return { status: 400, body: { message: `At most ${FAKE_UPLOAD_MAX_ITEMS} items per upload` } };
    if (inFlight() >= FAKE_UPLOADS_IN_FLIGHT) return { status: 400, body: { message: TOO_MANY_UPLOADS_MESSAGE } };
    if (options.dailyItemLimit !== undefined && itemsToday + parsed.data.length > options.dailyItemLimit)
      return { status: 406, body: "Günlük limiti aştınız" };
    itemsToday += parsed.data.length;
    const processing = options.uploadProcessingMs;
    const id = randomUUID();
    uploads.set(id, {
      id,
      kind,
      createdAt: now(),
      readyAt: processing ? now() + processing.fixed + processing.perItem * parsed.data.length : now(),
      polls: 0,
      items: parsed.data,
      ...validate(kind, parsed.data),
    });
    return { status: 200, body: { id } };
  }

  function status(kind: string, id: string): FakeReply {
    const found = uploads.get(id);
    if (!found || found.kind !== kind) return { status: 404, body: { message: `Upload ${id} not found` } };
    found.polls++;
    const done = isDone(found);
    const failed = found.errors.length > 0 && found.errors.length === found.items.length;
    return {
      status: 200,
      body: {
        id: found.id,
        status: done ? (failed ? "Failed" : "Done") : found.polls % 2 ? "Processing" : "PROCESSING",
        createdAt: new Date(found.createdAt).toISOString(),
        total: found.items.length,
        errors: done ? found.errors : [],
        priceValidations: done
          ? found.priceValidations.map((v) => ({
              ...v,
              regulativePriceDetail: null,
              description: "Yüksek fiyat sebebiyle kilitlendi. Fiyatı düşürerek tekrar deneyin.",
            }))
          : [],
      },
    };
  }

  function list(url: URL): FakeReply {
    const offset = Number(url.searchParams.get("offset"));
    const limit = Number(url.searchParams.get("limit"));
    if (!url.searchParams.has("offset") || !url.searchParams.has("limit") || !(limit > 0) || !(offset >= 0))
      return { status: 400, body: { message: "Bad Request limit and offset parameters are required" } };
    const skus = url.searchParams.get("merchantSkuList")?.split(",");
    const all = [...listings.values()].filter((listing) => !skus || skus.includes(listing.merchantSku));
    const page = all.slice(offset, offset + Math.min(limit, 1000));
    return { status: 200, body: { totalCount: all.length, limit, offset, listings: page.map(toWire) } };
  }

  return {
    listings,
    uploads,
    inFlight,
    upload,
    status,
    list,
    add: (items: FakeListing[]) =>
      items.forEach((listing) => {
        listings.set(listing.merchantSku, listing);
        byHbSku.set(listing.hepsiburadaSku, listing);
      }),
    clear: () => {
      listings.clear();
      byHbSku.clear();
    },
    resetDay: () => (itemsToday = 0),
  };
}

function toWire(listing: FakeListing) {
  return {
    listingId: listing.listingId,
    uniqueIdentifier: listing.listingId,
    hepsiburadaSku: listing.hepsiburadaSku,
    merchantSku: listing.merchantSku,
    price: listing.price,
    availableStock: listing.availableStock,
    dispatchTime: 2,
    cargoCompany1: "Yurtiçi Kargo",
    maximumPurchasableQuantity: listing.maximumPurchasableQuantity,
    minimumPurchasableQuantity: 1,
    pricings: [],
    isSalable: listing.isSalable,
    deactivationReasons: [],
    isSuspended: false,
    isLocked: listing.maxPrice !== undefined,
    lockReasons: [],
    isFrozen: Boolean(listing.isFrozen),
    freezeReasons: [],
    isFulfilledByHB: false,
    priceIncreaseDisabled: false,
    priceDecreaseDisabled: false,
    stockDecreaseDisabled: false,
  };
}

/** `count` listings KOPRU-SKU-00001… with Hepsiburada SKUs HBCV…; prices 100.00 + i. */
export function generateListings(count: number, start = 1): FakeListing[] {
  return Array.from({ length: count }, (_, index) => {
    const n = start + index;
    return {
      listingId: randomUUID(),
      hepsiburadaSku: `HBCV${String(n).padStart(10, "0")}`,
      merchantSku: `KOPRU-SKU-${String(n).padStart(5, "0")}`,
      price: 100 + n,
      availableStock: 10,
      maximumPurchasableQuantity: 0,
      isSalable: true,
    };
  });
}
