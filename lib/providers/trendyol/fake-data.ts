import { z } from "zod";
import type { TrendyolProduct, TrendyolProductCreateItem, TrendyolShipmentPackage } from "./wire";

// Data and message helpers for the loopback fake (fake-server.ts). Turkish messages are the ones Trendyol sends.

export const DUPLICATE_REQUEST_MESSAGE = "15 dakika boyunca aynı isteği tekrarlı olarak atamazsınız!";
export const LIST_PRICE_BELOW_SALE_MESSAGE = "Liste fiyatı satış fiyatından küçük olamaz";
export const PRODUCT_NOT_FOUND_MESSAGE = "Ürün bulunamadı";
// [?] Not in the fact sheet: Trendyol is widely reported to refuse product titles over 100 characters, per item.
// Köprü accepts up to 255 locally, so the refusal only shows in the batch result.
export const PRODUCT_TITLE_MAX_LENGTH = 100;
export const TITLE_TOO_LONG_MESSAGE = `Ürün adı en fazla ${PRODUCT_TITLE_MAX_LENGTH} karakter olabilir`;
const BATCH_ITEM_LIMIT = 1000;
const MAX_PAGE_SIZE = 200;

export function errorBody(
  message: string,
  key = "trendyol.error",
  exception = "ClientApiBusinessException",
  now = Date.now(),
) {
  return { timestamp: now, exception, errors: [{ key, message, errorParams: [] }] };
}

export function pageOf<T>(items: readonly T[], page: number, size: number) {
  return {
    page,
    size,
    totalPages: Math.ceil(items.length / size),
    totalElements: items.length,
    content: items.slice(page * size, (page + 1) * size),
  };
}

/** Deterministic PRNG so generated data is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ["Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Emre", "Şule", "Gökhan", "İrem", "Oğuz"];
const LAST_NAMES = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"];
const PLACES = [
  ["İstanbul", "Kadıköy", "34710"],
  ["Ankara", "Çankaya", "06690"],
  ["İzmir", "Karşıyaka", "35560"],
  ["Bursa", "Nilüfer", "16110"],
  ["Antalya", "Muratpaşa", "07100"],
] as const;
const ITEMS = [
  ["Pamuklu Tişört", 249.9],
  ["Seramik Kupa 350 ml", 89.99],
  ["Bambu Kesme Tahtası", 159.5],
  ["Yün Atkı", 329.0],
  ["Deri Cüzdan", 449.99],
] as const;
const STATUSES = ["Created", "Picking", "Invoiced", "Shipped", "Delivered"] as const;

let nextPackageId = 3_100_000_000;
let nextLineId = 5_200_000_000;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

const round2 = (amount: number) => Math.round(amount * 100) / 100;

/**
 * `n` shipment packages whose lastModifiedDate runs from `startMs` in steps of `stepMs` (default 15 minutes), in the
 * shape Trendyol's orders endpoint returns. Package and line ids are unique within the process.
 */
export function generateOrders(
  n: number,
  startMs: number,
  options: { stepMs?: number; seed?: number } = {},
): TrendyolShipmentPackage[] {
  const random = mulberry32(options.seed ?? startMs % 2 ** 31);
  const stepMs = options.stepMs ?? 15 * 60 * 1000;
  return Array.from({ length: n }, (_, i) => {
    const [city, district, postalCode] = pick(PLACES, random);
    const firstName = pick(FIRST_NAMES, random);
    const lastName = pick(LAST_NAMES, random);
    const lastModifiedDate = startMs + i * stepMs;
    const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const [productName, price] = pick(ITEMS, random);
      const quantity = 1 + Math.floor(random() * 3);
      const barcode = `869${String(Math.floor(random() * 1e10)).padStart(10, "0")}`;
      return {
        id: nextLineId++,
        quantity,
        merchantSku: `SKU-${barcode.slice(-6)}`,
        barcode,
        productName,
        price,
        amount: round2(price * quantity),
        vatBaseAmount: 20,
        orderLineItemStatusName: "Created",
        currencyCode: "TRY",
      };
    });
    const totalPrice = round2(lines.reduce((sum, line) => sum + line.amount, 0));
    const address = {
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      address1: `Cumhuriyet Mah. ${1 + Math.floor(random() * 90)}. Sk. No:${1 + Math.floor(random() * 40)}`,
      address2: "",
      fullAddress: `Cumhuriyet Mah. No:${1 + Math.floor(random() * 40)} ${district}/${city}`,
      city,
      district,
      postalCode,
      countryCode: "TR",
      phone: null,
    };
    const status = pick(STATUSES, random);
    return {
      id: nextPackageId++,
      orderNumber: String(10_000_000_000 + Math.floor(random() * 9e9)),
      status,
      shipmentPackageStatus: status,
      orderDate: lastModifiedDate - Math.floor(random() * 2 * 24 * 60 * 60 * 1000),
      lastModifiedDate,
      grossAmount: round2(totalPrice * 1.1),
      totalPrice,
      totalDiscount: round2(totalPrice * 0.1),
      currencyCode: "TRY",
      customerFirstName: firstName,
      customerLastName: lastName,
      customerEmail: `pf+${Math.floor(random() * 1e8).toString(36)}@trendyolmail.com`,
      shipmentAddress: address,
      invoiceAddress: address,
      cargoProviderName: "Trendyol Express Marketplace",
      cargoTrackingNumber: 7_330_000_000_000 + Math.floor(random() * 1e9),
      lines,
      packageHistories: [{ status: "Created", createdDate: lastModifiedDate }],
    };
  });
}

export function generateProducts(n: number, options: { prefix?: string } = {}): TrendyolProduct[] {
  return Array.from({ length: n }, (_, i) => {
    const [title, salePrice] = ITEMS[i % ITEMS.length] ?? ITEMS[0];
    const barcode = `${options.prefix ?? "8690000"}${String(i).padStart(6, "0")}`;
    return {
      barcode,
      stockCode: `SKU-${barcode.slice(-6)}`,
      title: `${title} #${i + 1}`,
      description: `${title} açıklaması`,
      productMainId: `MAIN-${i + 1}`,
      brand: "Köprü Test",
      brandId: 1791,
      categoryName: "Ev & Yaşam",
      pimCategoryId: 411,
      quantity: 10 + (i % 7),
      salePrice,
      listPrice: round2(salePrice * 1.2),
      vatRate: 20,
      currencyType: "TRY",
      images: [{ url: `https://cdn.example.test/${barcode}.jpg` }],
      approved: true,
      onSale: true,
      locked: false,
      archived: false,
    };
  });
}

export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item).min(1).max(BATCH_ITEM_LIMIT) });
}

export function priceReasons(item: { listPrice: number; salePrice: number }): string[] {
  return item.listPrice < item.salePrice ? [LIST_PRICE_BELOW_SALE_MESSAGE] : [];
}

/** Per-item checks of a product create or update item. */
export function productReasons(item: { title: string; listPrice: number; salePrice: number }): string[] {
  const reasons = priceReasons(item);
  if ([...item.title].length > PRODUCT_TITLE_MAX_LENGTH) reasons.push(TITLE_TOO_LONG_MESSAGE);
  return reasons;
}

export function readPaging(url: URL, defaultSize: number): { page: number; size: number } | string {
  const page = Number(url.searchParams.get("page") ?? 0);
  const size = Number(url.searchParams.get("size") ?? defaultSize);
  if (!Number.isInteger(page) || page < 0) return "page 0 veya daha büyük olmalıdır";
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    return `size 1 ile ${MAX_PAGE_SIZE} arasında olmalıdır`;
  return { page, size };
}

export function fromCreateItem(
  item: TrendyolProductCreateItem,
  existing: TrendyolProduct | undefined,
): TrendyolProduct {
  return {
    ...existing,
    barcode: item.barcode,
    stockCode: item.stockCode,
    title: item.title,
    description: item.description,
    productMainId: item.productMainId,
    brandId: item.brandId,
    pimCategoryId: item.categoryId,
    quantity: item.quantity,
    salePrice: item.salePrice,
    listPrice: item.listPrice,
    vatRate: item.vatRate,
    currencyType: item.currencyType,
    images: item.images,
    approved: false,
    onSale: false,
    locked: false,
    archived: false,
  };
}
