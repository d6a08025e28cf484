import { z } from "zod";
import {
  BRAND_NOT_FOUND_MESSAGE,
  CATEGORY_NOT_FOUND_MESSAGE,
  CATEGORY_NOT_LEAF_MESSAGE,
  DUPLICATE_REQUEST_MESSAGE,
  FAKE_ATTRIBUTES,
  FAKE_BRANDS,
  FAKE_CATEGORY_TREE,
  INVALID_BARCODE_MESSAGE,
  INVALID_VAT_MESSAGE,
  LIST_PRICE_BELOW_SALE_MESSAGE,
  PRICE_CHANGE_LIMIT_MESSAGE,
  PRODUCT_NOT_FOUND_MESSAGE,
  PRODUCT_TITLE_MAX_LENGTH,
  QUANTITY_TOO_HIGH_MESSAGE,
  TITLE_TOO_LONG_MESSAGE,
  V1_BROWNOUT_MESSAGE,
  newContentId,
  pageOf,
  readPaging,
  requiredAttributeMessage,
} from "./fake-data";
import type { FakeCategoryNode, FakeProduct } from "./fake-data";
import type { FakeContext, Reply, Route } from "./fake-server";
import {
  contentUpdateItemSchema,
  priceInventoryItemSchema,
  productV2ItemSchema,
  variantUpdateItemSchema,
} from "./wire";
import type { TrendyolAttribute, TrendyolProductV2Item } from "./wire";

type BatchItem = { requestItem: Record<string, unknown>; status: "SUCCESS" | "FAILED"; failureReasons: string[] };
export type FakeBatch = {
  batchRequestId: string;
  batchRequestType: string;
  creationDate: number;
  items: BatchItem[];
  polls: number;
  /** Applied when the batch completes, as Trendyol applies changes asynchronously. */
  apply: () => void;
  isApplied: boolean;
};

const BATCH_ITEM_LIMIT = 1000;
const DUPLICATE_WINDOW_MS = 15 * 60 * 1000;
const BATCH_RETENTION_MS = 4 * 60 * 60 * 1000;
const PRICE_CHANGES_PER_MINUTE = 30;
const BARCODE_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;
const VAT_RATES = new Set([0, 1, 10, 20]);

const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item).min(1).max(BATCH_ITEM_LIMIT) });

type LeafCategory = { id: number; isLeaf: boolean };
function findCategory(id: number): LeafCategory | null {
  const walk = (nodes: FakeCategoryNode[]): LeafCategory | null => {
    for (const node of nodes) {
      if (node.id === id) return { id, isLeaf: node.subCategories.length === 0 };
      const found = walk(node.subCategories);
      if (found) return found;
    }
    return null;
  };
  return walk(FAKE_CATEGORY_TREE);
}

function attributeReasons(categoryId: number, attributes: TrendyolAttribute[]): string[] {
  const reasons: string[] = [];
  for (const attribute of FAKE_ATTRIBUTES[categoryId] ?? []) {
    const sent = attributes.find((candidate) => candidate.attributeId === attribute.id);
    if (!sent) {
      if (attribute.required) reasons.push(requiredAttributeMessage(attribute.name));
      continue;
    }
    const ids =
      "attributeValueIds" in sent ? sent.attributeValueIds : "attributeValueId" in sent ? [sent.attributeValueId] : [];
    if (ids.length === 0 && !attribute.allowCustom)
      reasons.push(`${attribute.name} için listeden bir değer seçilmelidir`);
    if (ids.some((id) => !attribute.values.some((value) => value.attributeValueId === id)))
      reasons.push(`${attribute.name} için geçersiz değer`);
  }
  return reasons;
}

function itemReasons(item: TrendyolProductV2Item): string[] {
  const reasons: string[] = [];
  if (!BARCODE_PATTERN.test(item.barcode)) reasons.push(INVALID_BARCODE_MESSAGE);
  if ([...item.title].length > PRODUCT_TITLE_MAX_LENGTH) reasons.push(TITLE_TOO_LONG_MESSAGE);
  if (item.listPrice < item.salePrice) reasons.push(LIST_PRICE_BELOW_SALE_MESSAGE);
  if (!VAT_RATES.has(item.vatRate)) reasons.push(INVALID_VAT_MESSAGE);
  if (item.quantity > 20_000) reasons.push(QUANTITY_TOO_HIGH_MESSAGE);
  if (!FAKE_BRANDS.some((brand) => brand.id === item.brandId)) reasons.push(BRAND_NOT_FOUND_MESSAGE);
  const category = findCategory(item.categoryId);
  if (!category) reasons.push(CATEGORY_NOT_FOUND_MESSAGE);
  else if (!category.isLeaf) reasons.push(CATEGORY_NOT_LEAF_MESSAGE);
  else reasons.push(...attributeReasons(item.categoryId, item.attributes));
  return reasons;
}

export function createProductRoutes({ options, state, now, fail }: FakeContext): {
  routes: Route[];
  reset: () => void;
} {
  const pollsUntilComplete = options.batchPollsUntilComplete ?? 1;
  const recentBodies = new Map<string, number>();
  const priceChanges = new Map<string, number[]>();
  let nextBatch = 1;

  function createBatch<T extends Record<string, unknown>>(
    type: string,
    items: T[],
    check: (item: T) => { reasons: string[]; apply?: () => void },
  ): Reply {
    const batchRequestId = `${type.toLowerCase()}-${nextBatch++}-${now()}`;
    const applies: (() => void)[] = [];
    const results = items.map((requestItem): BatchItem => {
      const { reasons, apply } = check(requestItem);
      const extra = typeof requestItem.barcode === "string" ? options.failBarcodes?.(requestItem.barcode) : null;
      if (extra) reasons.push(extra);
      if (reasons.length === 0 && apply) applies.push(apply);
      return { requestItem, status: reasons.length > 0 ? "FAILED" : "SUCCESS", failureReasons: reasons };
    });
    state.batches.set(batchRequestId, {
      batchRequestId,
      batchRequestType: type,
      creationDate: now(),
      items: results,
      polls: 0,
      apply: () => applies.forEach((apply) => apply()),
      isApplied: false,
    });
    return { status: 200, body: { batchRequestId } };
  }

  function parseItems<T extends z.ZodType>(schema: T, body: unknown): z.infer<T>[] | Reply {
    const parsed = itemsOf(schema).safeParse(body);
    if (parsed.success) return parsed.data.items as z.infer<T>[];
    return fail(400, z.prettifyError(parsed.error), "validation.error");
  }

  function create(body: unknown): Reply {
    const items = parseItems(productV2ItemSchema, body);
    if (!Array.isArray(items)) return items;
    return createBatch("ProductV2OnBoarding", items, (item) => ({
      reasons: itemReasons(item),
      apply: () =>
        state.products.set(item.barcode, {
          ...toFakeProduct(item, state.products.get(item.barcode)),
          approved: options.approveOnCreate !== false,
        }),
    }));
  }

  function updateUnapproved(body: unknown): Reply {
    const items = parseItems(productV2ItemSchema, body);
    if (!Array.isArray(items)) return items;
    return createBatch("ProductV2Update", items, (item) => {
      const existing = state.products.get(item.barcode);
      if (!existing) return { reasons: [PRODUCT_NOT_FOUND_MESSAGE] };
      if (existing.approved) return { reasons: ["Onaylı ürün bu servisle güncellenemez"] };
      return {
        reasons: itemReasons(item),
        apply: () => state.products.set(item.barcode, toFakeProduct(item, existing)),
      };
    });
  }

  function updateContent(body: unknown): Reply {
    const items = parseItems(contentUpdateItemSchema, body);
    if (!Array.isArray(items)) return items;
    return createBatch("ApprovedProductContentUpdate", items, (item) => {
      const product = [...state.products.values()].find(
        (p) => p.approved && String(p.contentId) === String(item.contentId),
      );
      if (!product) return { reasons: [PRODUCT_NOT_FOUND_MESSAGE] };
      const reasons = attributeReasons(product.categoryId, item.attributes);
      if (item.title && [...item.title].length > PRODUCT_TITLE_MAX_LENGTH) reasons.push(TITLE_TOO_LONG_MESSAGE);
      const { title, description, images } = item;
      const apply = () =>
        Object.assign(product, {
          ...(title ? { title } : {}),
          ...(description ? { description } : {}),
          ...(images ? { images } : {}),
          attributes: item.attributes,
        });
      return { reasons, apply };
    });
  }

  function updateVariant(body: unknown): Reply {
    const items = parseItems(variantUpdateItemSchema, body);
    if (!Array.isArray(items)) return items;
    return createBatch("ApprovedProductVariantUpdate", items, (item) => {
      const product = state.products.get(item.barcode);
      if (!product?.approved) return { reasons: [PRODUCT_NOT_FOUND_MESSAGE] };
      if (item.vatRate !== undefined && !VAT_RATES.has(item.vatRate)) return { reasons: [INVALID_VAT_MESSAGE] };
      return { reasons: [], apply: () => Object.assign(product, { ...item }) };
    });
  }

  function priceInventory(body: unknown, raw: string): Reply {
    const items = parseItems(priceInventoryItemSchema, body);
    if (!Array.isArray(items)) return items;
    const sentAt = recentBodies.get(raw);
    if (sentAt !== undefined && now() - sentAt < DUPLICATE_WINDOW_MS)
      return fail(400, DUPLICATE_REQUEST_MESSAGE, "duplicate.request");
    recentBodies.set(raw, now());
    return createBatch("ProductInventoryUpdate", items, (item) => {
      const product = state.products.get(item.barcode);
      const reasons: string[] = [];
      if (!product) reasons.push(PRODUCT_NOT_FOUND_MESSAGE);
      if (item.quantity !== undefined && item.quantity > 20_000) reasons.push(QUANTITY_TOO_HIGH_MESSAGE);
      const listPrice = item.listPrice ?? product?.listPrice ?? 0;
      const salePrice = item.salePrice ?? product?.salePrice ?? 0;
      if (listPrice < salePrice) reasons.push(LIST_PRICE_BELOW_SALE_MESSAGE);
      if (item.salePrice !== undefined || item.listPrice !== undefined) {
        const recent = (priceChanges.get(item.barcode) ?? []).filter((at) => now() - at < 60_000);
        if (recent.length >= PRICE_CHANGES_PER_MINUTE) reasons.push(PRICE_CHANGE_LIMIT_MESSAGE);
        else recent.push(now());
        priceChanges.set(item.barcode, recent);
      }
      const apply = () =>
        product &&
        Object.assign(product, {
          ...(item.quantity !== undefined ? { quantity: item.quantity } : {}),
          listPrice,
          salePrice,
        });
      return { reasons, apply };
    });
  }

  function getBatch(id: string): Reply {
    const batch = state.batches.get(id);
    if (!batch || now() - batch.creationDate > BATCH_RETENTION_MS)
      return fail(404, `Batch request bulunamadı: ${id}`, "batch.not.found");
    batch.polls++;
    const isDone = batch.polls > pollsUntilComplete;
    if (isDone && !batch.isApplied) {
      batch.apply();
      batch.isApplied = true;
    }
    const failed = batch.items.filter((item) => item.status === "FAILED").length;
    // Price/stock batches carry no top-level status: their items tell whether they are done.
    const isInventory = batch.batchRequestType === "ProductInventoryUpdate";
    return {
      status: 200,
      body: {
        batchRequestId: batch.batchRequestId,
        ...(isInventory ? {} : { status: isDone ? "COMPLETED" : "IN_PROGRESS" }),
        batchRequestType: batch.batchRequestType,
        sourceType: "API",
        itemCount: batch.items.length,
        failedItemCount: isDone ? failed : 0,
        creationDate: batch.creationDate,
        lastModification: now(),
        items: isDone ? batch.items : [],
      },
    };
  }

  function listApproved(url: URL): Reply {
    const token = url.searchParams.get("nextPageToken");
    const paging = token
      ? { page: Number(Buffer.from(token, "base64url").toString()), size: Number(url.searchParams.get("size") ?? 100) }
      : readPaging(url, 50, 100);
    if (typeof paging === "string") return fail(400, paging, "paging");
    if (!token && paging.page * paging.size >= 10_000)
      return fail(400, "page × size 10000'i geçemez; nextPageToken kullanın", "paging.limit");
    const barcode = url.searchParams.get("barcode");
    const approved = [...state.products.values()].filter((p) => p.approved && (!barcode || p.barcode === barcode));
    const page = pageOf(approved.map(toApprovedContent), paging.page, paging.size);
    const hasMore = (paging.page + 1) * paging.size < approved.length;
    return {
      status: 200,
      body: { ...page, nextPageToken: hasMore ? Buffer.from(String(paging.page + 1)).toString("base64url") : null },
    };
  }

  function productState(barcode: string): Reply {
    const product = state.products.get(barcode);
    if (!product) return fail(404, PRODUCT_NOT_FOUND_MESSAGE, "product.not.found");
    const { approved, archived, contentId } = product;
    return { status: 200, body: { barcode, approved, archived, contentId, listingId: contentId * 10 } };
  }

  function attributeValues(categoryId: number, attributeId: number, url: URL): Reply {
    const attribute = FAKE_ATTRIBUTES[categoryId]?.find((candidate) => candidate.id === attributeId);
    if (!attribute) return fail(404, "Özellik bulunamadı", "attribute.not.found");
    const paging = readPaging(url, 1000, 1000);
    if (typeof paging === "string") return fail(400, paging, "paging");
    return { status: 200, body: pageOf(attribute.values, paging.page, paging.size) };
  }

  const seller = "([^/]+)";
  const base = `^/integration/product/sellers/${seller}`;
  const v1 = (): Reply => fail(410, V1_BROWNOUT_MESSAGE, "product.v1.withdrawn");
  const reset = () => {
    recentBodies.clear();
    priceChanges.clear();
  };
  const routes: Route[] = [
    // Product V1 is withdrawn: its create/update/list paths answer with the brownout text.
    { method: "GET", pattern: new RegExp(`${base}/products$`), handle: v1 },
    { method: "POST", pattern: new RegExp(`${base}/products$`), handle: v1 },
    { method: "PUT", pattern: new RegExp(`${base}/products$`), handle: v1 },
    { method: "POST", pattern: new RegExp(`${base}/v2/products$`), handle: ({ body }) => create(body) },
    {
      method: "POST",
      pattern: new RegExp(`${base}/products/unapproved-bulk-update$`),
      handle: ({ body }) => updateUnapproved(body),
    },
    {
      method: "POST",
      pattern: new RegExp(`${base}/products/content-bulk-update$`),
      handle: ({ body }) => updateContent(body),
    },
    {
      method: "POST",
      pattern: new RegExp(`${base}/products/variant-bulk-update$`),
      handle: ({ body }) => updateVariant(body),
    },
    {
      method: "GET",
      pattern: new RegExp(`${base}/products/batch-requests/([^/]+)$`),
      handle: ({ params: [id] }) => getBatch(id ?? ""),
    },
    { method: "GET", pattern: new RegExp(`${base}/products/approved$`), handle: ({ url }) => listApproved(url) },
    {
      method: "GET",
      pattern: new RegExp(`${base}/product/([^/]+)$`),
      handle: ({ params: [barcode] }) => productState(barcode ?? ""),
    },
    {
      method: "POST",
      pattern: new RegExp(`^/integration/inventory/sellers/${seller}/products/price-and-inventory$`),
      handle: ({ body, raw }) => priceInventory(body, raw),
    },
    {
      method: "GET",
      pattern: /^\/integration\/product\/product-categories$/,
      handle: () => ({ status: 200, body: { categories: FAKE_CATEGORY_TREE } }),
    },
    {
      method: "GET",
      pattern: /^\/integration\/product\/brands$/,
      handle: ({ url }) => {
        const paging = readPaging(url, 1000, 1000);
        if (typeof paging === "string") return fail(400, paging, "paging");
        return {
          status: 200,
          body: { brands: FAKE_BRANDS.slice(paging.page * paging.size, (paging.page + 1) * paging.size) },
        };
      },
    },
    {
      method: "GET",
      pattern: /^\/integration\/product\/categories\/(\d+)\/attributes$/,
      handle: ({ url }) => {
        const id = Number(/categories\/(\d+)/.exec(url.pathname)?.[1]);
        const category = findCategory(id);
        if (!category) return fail(404, CATEGORY_NOT_FOUND_MESSAGE, "category.not.found");
        const categoryAttributes = (FAKE_ATTRIBUTES[id] ?? []).map((attribute) => ({
          attribute: { id: attribute.id, name: attribute.name },
          required: attribute.required,
          allowCustom: attribute.allowCustom,
          varianter: false,
          slicer: false,
          allowMultipleAttributeValues: false,
        }));
        return { status: 200, body: { id, name: String(id), displayName: String(id), categoryAttributes } };
      },
    },
    {
      method: "GET",
      pattern: /^\/integration\/product\/categories\/(\d+)\/attributes\/(\d+)\/values$/,
      handle: ({ url }) => {
        const [, categoryId, attributeId] = /categories\/(\d+)\/attributes\/(\d+)/.exec(url.pathname) ?? [];
        return attributeValues(Number(categoryId), Number(attributeId), url);
      },
    },
  ];
  return { routes, reset };
}

function toFakeProduct(item: TrendyolProductV2Item, existing: FakeProduct | undefined): FakeProduct {
  return {
    barcode: item.barcode,
    stockCode: item.stockCode ?? item.barcode,
    title: item.title,
    description: item.description,
    productMainId: item.productMainId,
    brandId: item.brandId,
    categoryId: item.categoryId,
    quantity: item.quantity,
    salePrice: item.salePrice,
    listPrice: item.listPrice,
    vatRate: item.vatRate,
    images: item.images,
    attributes: item.attributes,
    deliveryDuration: item.deliveryOption?.deliveryDuration,
    approved: existing?.approved ?? false,
    archived: false,
    contentId: existing?.contentId ?? newContentId(),
  };
}

function toApprovedContent(product: FakeProduct) {
  const brand = FAKE_BRANDS.find((candidate) => candidate.id === product.brandId);
  return {
    contentId: product.contentId,
    productMainId: product.productMainId,
    title: product.title,
    description: product.description,
    brand: { id: product.brandId, name: brand?.name ?? "" },
    category: { id: product.categoryId, name: String(product.categoryId) },
    images: product.images,
    attributes: product.attributes,
    variants: [
      {
        variantId: product.contentId * 10,
        barcode: product.barcode,
        stockCode: product.stockCode,
        quantity: product.quantity,
        vatRate: product.vatRate,
        price: { salePrice: product.salePrice, listPrice: product.listPrice },
        onSale: true,
        locked: false,
        archived: product.archived,
        blacklisted: false,
      },
    ],
  };
}
