// Data and message helpers for the loopback fake (fake-server.ts), in Trendyol's current (2026) field names only.
// Turkish messages are the ones Trendyol sends.

export const DUPLICATE_REQUEST_MESSAGE = "15 dakika boyunca aynı isteği tekrarlı olarak atamazsınız!";
export const LIST_PRICE_BELOW_SALE_MESSAGE = "Liste fiyatı satış fiyatından küçük olamaz";
export const PRODUCT_NOT_FOUND_MESSAGE = "Ürün sistemde bulunamadı";
export const INVALID_BARCODE_MESSAGE = "Barkod formatı geçersiz";
export const INVALID_VAT_MESSAGE = "KDV oranı 0, 1, 10 veya 20 olmalıdır";
export const QUANTITY_TOO_HIGH_MESSAGE = "Stok adedi en fazla 20000 olabilir";
export const PRICE_CHANGE_LIMIT_MESSAGE = "Bir barkod için dakikada en fazla 30 fiyat güncellemesi yapılabilir";
export const PRODUCT_TITLE_MAX_LENGTH = 100;
export const TITLE_TOO_LONG_MESSAGE = `Ürün adı en fazla ${PRODUCT_TITLE_MAX_LENGTH} karakter olabilir`;
export const V1_BROWNOUT_MESSAGE =
  "This endpoint is temporarily unavailable due to a scheduled brownout. Please refer to the current integration documentation to migrate your service to Product v2.";
export const requiredAttributeMessage = (name: string) => `Zorunlu kategori özelliği eksik: ${name}`;
export const CATEGORY_NOT_LEAF_MESSAGE = "Ürün yalnızca en alt kategoriye eklenebilir";
export const CATEGORY_NOT_FOUND_MESSAGE = "Kategori bulunamadı";
export const BRAND_NOT_FOUND_MESSAGE = "Marka bulunamadı";

/** A package in the shape Trendyol serves it. Kept as plain JSON; `cargoTrackingNumber` is a digit string written
 * out as a bare JSON number (see `toWireJson`), since real ones can exceed 2^53. */
export type FakeLine = {
  lineId: number;
  quantity: number;
  barcode: string;
  stockCode: string;
  productName: string;
  contentId: number;
  lineGrossAmount: number;
  lineSellerDiscount: number;
  lineTyDiscount: number;
  lineTotalDiscount: number;
  lineUnitPrice: number;
  vatRate: number;
  currencyCode: string;
  orderLineItemStatusName: string;
  [key: string]: unknown;
};
export type FakePackage = {
  shipmentPackageId: number;
  orderNumber: string;
  status: string;
  shipmentPackageStatus: string;
  orderDate: number;
  lastModifiedDate: number;
  packageTotalPrice: number;
  currencyCode: string;
  lines: FakeLine[];
  packageHistories: { status: string; createdDate: number }[];
  cargoTrackingNumber: string | null;
  invoiceLink?: string | null;
  invoiceNumber?: string | null;
  [key: string]: unknown;
};

export function errorBody(
  message: string,
  key = "trendyol.error",
  exception = "ClientApiBusinessException",
  now = Date.now(),
) {
  return { timestamp: now, exception, errors: [{ key, message, errorParams: [] }] };
}

/** JSON with `cargoTrackingNumber` digit strings written as bare numbers, the way Trendyol sends them. */
export function toWireJson(body: unknown): string {
  return JSON.stringify(body).replace(/"cargoTrackingNumber":"(\d+)"/g, '"cargoTrackingNumber":$1');
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
const PAYMENT_METHODS = ["Kredi Kartı", "Banka Kartı", "Cüzdan - Trendpay"] as const;

let nextPackageId = 3_100_000_000;
let nextLineId = 5_200_000_000;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

const round2 = (amount: number) => Math.round(amount * 100) / 100;

export type GenerateOrdersOptions = {
  stepMs?: number;
  seed?: number;
  /** Every package gets this status instead of a random one. */
  status?: string;
  /** Lines use these barcodes/stock codes in turn instead of random ones. */
  skus?: readonly { barcode: string; stockCode: string }[];
  /** Every package gets this many lines instead of one to three. */
  lineCount?: number;
};

/**
 * `n` shipment packages whose lastModifiedDate runs from `startMs` in steps of `stepMs` (default 15 minutes), in
 * current field names. Every 7th has a commercial invoice address, every 11th is a split package; tracking numbers
 * exceed 2^53. Package and line ids are unique within the process.
 */
export function generateOrders(n: number, startMs: number, options: GenerateOrdersOptions = {}): FakePackage[] {
  const random = mulberry32(options.seed ?? startMs % 2 ** 31);
  const stepMs = options.stepMs ?? 15 * 60 * 1000;
  return Array.from({ length: n }, (_, i) => {
    const [city, district, postalCode] = pick(PLACES, random);
    const firstName = pick(FIRST_NAMES, random);
    const lastName = pick(LAST_NAMES, random);
    const lastModifiedDate = startMs + i * stepMs;
    const status = options.status ?? pick(STATUSES, random);
    const lineCount = 1 + Math.floor(random() * 3);
    const lines = Array.from({ length: options.lineCount ?? lineCount }, (_, lineIndex): FakeLine => {
      const [productName, price] = pick(ITEMS, random);
      const quantity = 1 + Math.floor(random() * 3);
      const fixed = options.skus?.[(i + lineIndex) % options.skus.length];
      const barcode = fixed?.barcode ?? `869${String(Math.floor(random() * 1e10)).padStart(10, "0")}`;
      const gross = round2(price * quantity);
      return {
        lineId: nextLineId++,
        quantity,
        barcode,
        stockCode: fixed?.stockCode ?? `SKU-${barcode.slice(-6)}`,
        productName,
        contentId: 700_000_000 + Math.floor(random() * 1e6),
        productCategoryId: 411,
        lineGrossAmount: gross,
        lineSellerDiscount: 0,
        lineTyDiscount: 0,
        lineTotalDiscount: 0,
        lineUnitPrice: price,
        vatRate: 20,
        currencyCode: "TRY",
        orderLineItemStatusName: status,
        businessUnit: "Ev & Yaşam",
        discountDetails: [
          { lineItemId: nextLineId, lineItemPrice: price, lineItemSellerDiscount: 0, lineItemTyDiscount: 0 },
        ],
      };
    });
    const total = round2(lines.reduce((sum, line) => sum + line.lineUnitPrice * line.quantity, 0));
    const address = {
      id: Math.floor(random() * 1e8),
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      company: "",
      address1: `Cumhuriyet Mah. ${1 + Math.floor(random() * 90)}. Sk. No:${1 + Math.floor(random() * 40)}`,
      address2: "",
      fullAddress: `Cumhuriyet Mah. No:${1 + Math.floor(random() * 40)} ${district}/${city}`,
      city,
      district,
      postalCode,
      countryCode: "TR",
      phone: null,
    };
    const isCommercial = i % 7 === 6;
    const isSplit = i % 11 === 10;
    const shipmentPackageId = nextPackageId++;
    return {
      shipmentPackageId,
      orderNumber: String(10_000_000_000 + Math.floor(random() * 9e9)),
      orderDate: lastModifiedDate - Math.floor(random() * 2 * 24 * 60 * 60 * 1000),
      orderCountryCode: "TR",
      status,
      shipmentPackageStatus: status,
      lastModifiedDate,
      packageGrossAmount: total,
      packageSellerDiscount: 0,
      packageTyDiscount: 0,
      packageTotalDiscount: 0,
      packageTotalPrice: total,
      currencyCode: "TRY",
      customerFirstName: firstName,
      customerLastName: lastName,
      customerEmail: `pf+${Math.floor(random() * 1e8).toString(36)}@trendyolmail.com`,
      identityNumber: "11111111111",
      commercial: isCommercial,
      shipmentAddress: address,
      invoiceAddress: isCommercial
        ? { ...address, company: "Köprü Ticaret A.Ş.", taxOffice: "Kadıköy", taxNumber: "1234567890" }
        : address,
      channelId: 1,
      cargoProviderName: "Trendyol Express Marketplace",
      // 9_2 prefix + 17 digits: always past 2^53.
      cargoTrackingNumber: `92${String(Math.floor(random() * 1e15)).padStart(15, "0")}${i % 10}`,
      cargoTrackingLink: "https://www.trendyolexpress.com/gonderi-takip",
      shipmentNumber: shipmentPackageId + 1,
      whoPays: 1,
      deliveryType: "normal",
      invoiceStatus: "NotInvoiced",
      createdBy: isSplit ? "split" : "order-creation",
      originPackageIds: isSplit ? [shipmentPackageId - 1] : null,
      paymentMethod: pick(PAYMENT_METHODS, random),
      businessUnit: "Ev & Yaşam",
      lines,
      packageHistories: [{ status: "Created", createdDate: lastModifiedDate }],
    };
  });
}

/** The same packages as a pre-rename (before 08.12.2025) body, for parsing tests of the old names. */
export function withOldNames(pkg: FakePackage): Record<string, unknown> {
  const { shipmentPackageId, packageGrossAmount, packageTotalPrice, packageSellerDiscount, lines, ...rest } = pkg;
  return {
    ...rest,
    id: shipmentPackageId,
    grossAmount: packageGrossAmount,
    totalDiscount: packageSellerDiscount,
    totalPrice: packageTotalPrice,
    lines: lines.map(({ lineId, stockCode, lineUnitPrice, lineGrossAmount, vatRate, contentId, ...line }) => ({
      ...line,
      id: lineId,
      merchantSku: stockCode,
      price: lineUnitPrice,
      amount: lineGrossAmount,
      vatBaseAmount: vatRate,
      productCode: contentId,
    })),
  };
}

// ---- Categories, brands, attributes: a small tree with one category that has required attributes ----

export type FakeAttribute = {
  id: number;
  name: string;
  required: boolean;
  allowCustom: boolean;
  values: { attributeValueId: number; attributeValueName: string }[];
};

export type FakeCategoryNode = { id: number; name: string; parentId: number | null; subCategories: FakeCategoryNode[] };
export const FAKE_CATEGORY_TREE: FakeCategoryNode[] = [
  {
    id: 400,
    name: "Ev & Yaşam",
    parentId: null,
    subCategories: [
      { id: 411, name: "Mutfak Gereçleri", parentId: 400, subCategories: [] },
      {
        id: 500,
        name: "Sofra",
        parentId: 400,
        subCategories: [{ id: 5005, name: "Kupa & Bardak", parentId: 500, subCategories: [] }],
      },
    ],
  },
  {
    id: 2000,
    name: "Giyim",
    parentId: null,
    subCategories: [{ id: 2002, name: "Tişört", parentId: 2000, subCategories: [] }],
  },
];

export const FAKE_ATTRIBUTES: Record<number, FakeAttribute[]> = {
  411: [{ id: 47, name: "Renk", required: false, allowCustom: true, values: [] }],
  2002: [
    {
      id: 338,
      name: "Beden",
      required: false,
      allowCustom: false,
      values: [{ attributeValueId: 6821, attributeValueName: "M" }],
    },
  ],
  5005: [
    {
      id: 47,
      name: "Renk",
      required: true,
      allowCustom: false,
      values: [
        { attributeValueId: 1001, attributeValueName: "Beyaz" },
        { attributeValueId: 1002, attributeValueName: "Siyah" },
        { attributeValueId: 1003, attributeValueName: "Kırmızı" },
      ],
    },
    { id: 1192, name: "Hacim", required: true, allowCustom: true, values: [] },
    {
      id: 1193,
      name: "Menşei",
      required: false,
      allowCustom: false,
      values: [{ attributeValueId: 3001, attributeValueName: "TR" }],
    },
  ],
};

export const FAKE_BRANDS = [
  { id: 1001, name: "Köprü" },
  { id: 1791, name: "Köprü Test" },
  { id: 2032, name: "Paşabahçe" },
];

export const FAKE_CLAIM_ISSUE_REASONS = [
  { id: 1, name: "İade gelen ürün sahte" },
  { id: 51, name: "İade gelen ürün kullanılmış" },
  { id: 401, name: "İade gelen ürün hasarlı" },
  { id: 2077, name: "İade paketi boş geldi" },
  { id: 2078, name: "İade gelen ürün eksik" },
  { id: 2079, name: "Farklı ürün iade edildi" },
];

export function readPaging(url: URL, defaultSize: number, maxSize = 200): { page: number; size: number } | string {
  const page = Number(url.searchParams.get("page") ?? 0);
  const size = Number(url.searchParams.get("size") ?? defaultSize);
  if (!Number.isInteger(page) || page < 0) return "page 0 veya daha büyük olmalıdır";
  if (!Number.isInteger(size) || size < 1 || size > maxSize) return `size 1 ile ${maxSize} arasında olmalıdır`;
  return { page, size };
}

export type FakeProduct = {
  barcode: string;
  stockCode: string;
  title: string;
  description: string;
  productMainId: string;
  brandId: number;
  categoryId: number;
  quantity: number;
  salePrice: number;
  listPrice: number;
  vatRate: number;
  images: { url: string }[];
  attributes: unknown[];
  deliveryDuration?: number;
  approved: boolean;
  archived: boolean;
  contentId: number;
};

let nextContentId = 800_000_000;
export const newContentId = () => nextContentId++;

export function generateProducts(n: number, options: { prefix?: string; approved?: boolean } = {}): FakeProduct[] {
  return Array.from({ length: n }, (_, i) => {
    const [title, salePrice] = ITEMS[i % ITEMS.length] ?? ITEMS[0];
    const barcode = `${options.prefix ?? "8690000"}${String(i).padStart(6, "0")}`;
    return {
      barcode,
      stockCode: `SKU-${barcode.slice(-6)}`,
      title: `${title} #${i + 1}`,
      description: `${title} açıklaması`,
      productMainId: `MAIN-${i + 1}`,
      brandId: 1791,
      categoryId: 411,
      quantity: 10 + (i % 7),
      salePrice,
      listPrice: round2(salePrice * 1.2),
      vatRate: 20,
      images: [{ url: `https://cdn.example.test/${barcode}.jpg` }],
      attributes: [],
      approved: options.approved ?? true,
      archived: false,
      contentId: newContentId(),
    };
  });
}
