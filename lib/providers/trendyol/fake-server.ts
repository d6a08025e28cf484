import { createServer } from "node:http";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import {
  DUPLICATE_REQUEST_MESSAGE,
  PRODUCT_NOT_FOUND_MESSAGE,
  errorBody,
  fromCreateItem,
  itemsOf,
  pageOf,
  priceReasons,
  productReasons,
  readPaging,
} from "./fake-data";
import {
  packageStatusBodySchema,
  priceInventoryItemSchema,
  productCreateItemSchema,
  trackingNumberBodySchema,
} from "./wire";
import type { TrendyolProduct, TrendyolShipmentPackage } from "./wire";

export { generateOrders, generateProducts } from "./fake-data";

export type TrendyolFakeOptions = {
  sellerId: string;
  apiKey: string;
  apiSecret: string;
  /** Global per fake, like a gateway limit. Default 50 requests per 10 s. */
  rateLimit?: { max: number; windowMs: number };
  /** Polls answered IN_PROGRESS before a batch turns COMPLETED. Default 1. */
  batchPollsUntilComplete?: number;
  /** Extra per-item failure: return a failure reason for a barcode, or null. */
  failBarcodes?: (barcode: string) => string | null;
  /** Clock for rate-limit windows, the 15-minute rule and modification dates; tests pass a virtual one. */
  now?: () => number;
  port?: number;
};

type BatchItem = { requestItem: { barcode: string }; status: "SUCCESS" | "FAILED"; failureReasons: string[] };
export type FakeBatch = { batchRequestId: string; creationDate: number; items: BatchItem[]; polls: number };

export type TrendyolFakeState = {
  /** Requests received per "METHOD /path", rejected ones included. */
  requests: Record<string, number>;
  /** Requests answered 429. */
  rateLimited: number;
  products: Map<string, TrendyolProduct>;
  orders: TrendyolShipmentPackage[];
  batches: Map<string, FakeBatch>;
};

export type TrendyolFake = {
  baseUrl: string;
  state: TrendyolFakeState;
  addOrders(packages: TrendyolShipmentPackage[]): void;
  addProducts(products: TrendyolProduct[]): void;
  reset(): void;
  close(): Promise<void>;
};

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Route = {
  method: string;
  pattern: RegExp;
  handle: (params: string[], url: URL, body: unknown, raw: string) => Reply;
};

const ORDER_WINDOW_MAX_MS = 14 * 24 * 60 * 60 * 1000;
const DUPLICATE_WINDOW_MS = 15 * 60 * 1000;

export async function startTrendyolFake(options: TrendyolFakeOptions): Promise<TrendyolFake> {
  const now = options.now ?? Date.now;
  const rateLimit = options.rateLimit ?? { max: 50, windowMs: 10_000 };
  const pollsUntilComplete = options.batchPollsUntilComplete ?? 1;
  const expectedAuth = `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`;
  const state: TrendyolFakeState = {
    requests: {},
    rateLimited: 0,
    products: new Map(),
    orders: [],
    batches: new Map(),
  };
  const recentBodies = new Map<string, number>();
  let window = { startedAt: 0, count: 0 };
  let nextBatch = 1;

  const fail = (status: number, message: string, key?: string): Reply => ({
    status,
    body: errorBody(message, key, undefined, now()),
  });

  function createBatch<T extends { barcode: string }>(items: T[], check: (item: T) => string[]): Reply {
    const batchRequestId = `fake-${nextBatch++}-${now()}`;
    const results = items.map((requestItem): BatchItem => {
      const reasons = check(requestItem);
      const extra = options.failBarcodes?.(requestItem.barcode);
      if (extra) reasons.push(extra);
      return { requestItem, status: reasons.length > 0 ? "FAILED" : "SUCCESS", failureReasons: reasons };
    });
    state.batches.set(batchRequestId, { batchRequestId, creationDate: now(), items: results, polls: 0 });
    return { status: 200, body: { batchRequestId } };
  }

  // Effects apply when the batch is accepted; Trendyol applies them asynchronously, which callers see only via polling.
  function pushProducts(body: unknown, isUpdate: boolean): Reply {
    const parsed = itemsOf(productCreateItemSchema).safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "product.validation");
    return createBatch(parsed.data.items, (item) => {
      const reasons = productReasons(item);
      if (isUpdate && !state.products.has(item.barcode)) reasons.push(PRODUCT_NOT_FOUND_MESSAGE);
      if (reasons.length === 0)
        state.products.set(item.barcode, fromCreateItem(item, state.products.get(item.barcode)));
      return reasons;
    });
  }

  function pushPriceInventory(body: unknown, raw: string): Reply {
    const parsed = itemsOf(priceInventoryItemSchema).safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "inventory.validation");
    const sentAt = recentBodies.get(raw);
    if (sentAt !== undefined && now() - sentAt < DUPLICATE_WINDOW_MS)
      return fail(400, DUPLICATE_REQUEST_MESSAGE, "duplicate.request");
    recentBodies.set(raw, now());
    return createBatch(parsed.data.items, (item) => {
      const product = state.products.get(item.barcode);
      const reasons = priceReasons(item);
      if (!product) reasons.push(PRODUCT_NOT_FOUND_MESSAGE);
      if (product && reasons.length === 0)
        Object.assign(product, { quantity: item.quantity, salePrice: item.salePrice, listPrice: item.listPrice });
      return reasons;
    });
  }

  function getBatch(id: string): Reply {
    const batch = state.batches.get(id);
    if (!batch) return fail(404, `Batch request bulunamadı: ${id}`, "batch.not.found");
    batch.polls++;
    const isDone = batch.polls > pollsUntilComplete;
    const failed = batch.items.filter((item) => item.status === "FAILED").length;
    return {
      status: 200,
      body: {
        batchRequestId: batch.batchRequestId,
        status: isDone ? "COMPLETED" : "IN_PROGRESS",
        itemCount: batch.items.length,
        failedItemCount: isDone ? failed : 0,
        creationDate: batch.creationDate,
        lastModification: now(),
        items: isDone ? batch.items : [],
      },
    };
  }

  function listProducts(url: URL): Reply {
    const paging = readPaging(url, 50);
    if (typeof paging === "string") return fail(400, paging, "paging");
    const barcode = url.searchParams.get("barcode");
    const products = [...state.products.values()].filter((product) => !barcode || product.barcode === barcode);
    return { status: 200, body: pageOf(products, paging.page, paging.size) };
  }

  function listOrders(url: URL): Reply {
    const paging = readPaging(url, 50);
    if (typeof paging === "string") return fail(400, paging, "paging");
    const endDate = Number(url.searchParams.get("endDate") ?? now());
    const startDate = Number(url.searchParams.get("startDate") ?? endDate - ORDER_WINDOW_MAX_MS);
    if (!Number.isFinite(startDate) || !Number.isFinite(endDate) || startDate > endDate)
      return fail(400, "Geçersiz tarih aralığı", "date.range");
    if (endDate - startDate > ORDER_WINDOW_MAX_MS)
      return fail(400, "Tarih aralığı en fazla 2 hafta olabilir", "date.range.too.long");
    const status = url.searchParams.get("status");
    const direction = url.searchParams.get("orderByDirection") === "DESC" ? -1 : 1;
    const orders = state.orders
      .filter(
        (pkg) =>
          pkg.lastModifiedDate >= startDate && pkg.lastModifiedDate <= endDate && (!status || pkg.status === status),
      )
      .sort((a, b) => direction * (a.lastModifiedDate - b.lastModifiedDate || a.id - b.id));
    return { status: 200, body: pageOf(orders, paging.page, paging.size) };
  }

  function updatePackage(packageId: string, body: unknown): Reply {
    const pkg = state.orders.find((candidate) => String(candidate.id) === packageId);
    if (!pkg) return fail(404, `Paket bulunamadı: ${packageId}`, "shipment.package.not.found");
    const parsed = packageStatusBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "package.validation");
    const { status, lines, params } = parsed.data;
    if (status === "Invoiced" && !params.invoiceNumber)
      return fail(400, "Fatura numarası zorunludur", "invoice.number.required");
    const unknownLine = lines.find((line) => !pkg.lines.some((candidate) => candidate.id === line.lineId));
    if (unknownLine) return fail(400, `Paket satırı bulunamadı: ${unknownLine.lineId}`, "line.not.found");
    Object.assign(pkg, { status, shipmentPackageStatus: status, lastModifiedDate: now() });
    pkg.packageHistories = [...(pkg.packageHistories ?? []), { status, createdDate: now() }];
    return { status: 200 };
  }

  function updateTracking(packageId: string, body: unknown): Reply {
    const pkg = state.orders.find((candidate) => String(candidate.id) === packageId);
    if (!pkg) return fail(404, `Paket bulunamadı: ${packageId}`, "shipment.package.not.found");
    const parsed = trackingNumberBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "tracking.validation");
    Object.assign(pkg, { cargoTrackingNumber: parsed.data.trackingNumber, lastModifiedDate: now() });
    return { status: 200 };
  }

  const seller = "([^/]+)";
  const routes: Route[] = [
    {
      method: "GET",
      pattern: new RegExp(`^/integration/product/sellers/${seller}/products$`),
      handle: (_, url) => listProducts(url),
    },
    {
      method: "POST",
      pattern: new RegExp(`^/integration/product/sellers/${seller}/products$`),
      handle: (_, __, body) => pushProducts(body, false),
    },
    {
      method: "PUT",
      pattern: new RegExp(`^/integration/product/sellers/${seller}/products$`),
      handle: (_, __, body) => pushProducts(body, true),
    },
    {
      method: "GET",
      pattern: new RegExp(`^/integration/product/sellers/${seller}/products/batch-requests/([^/]+)$`),
      handle: ([id]) => getBatch(id ?? ""),
    },
    {
      method: "POST",
      pattern: new RegExp(`^/integration/inventory/sellers/${seller}/products/price-and-inventory$`),
      handle: (_, __, body, raw) => pushPriceInventory(body, raw),
    },
    {
      method: "GET",
      pattern: new RegExp(`^/integration/order/sellers/${seller}/orders$`),
      handle: (_, url) => listOrders(url),
    },
    {
      method: "PUT",
      pattern: new RegExp(`^/integration/order/sellers/${seller}/shipment-packages/(\\d+)$`),
      handle: ([id], _, body) => updatePackage(id ?? "", body),
    },
    {
      method: "PUT",
      pattern: new RegExp(`^/integration/order/sellers/${seller}/shipment-packages/(\\d+)/update-tracking-number$`),
      handle: ([id], _, body) => updateTracking(id ?? "", body),
    },
  ];

  function handle(req: IncomingMessage, url: URL, raw: string): Reply {
    const userAgent = req.headers["user-agent"] ?? "";
    if (!userAgent.startsWith(`${options.sellerId} - `) || userAgent.length <= options.sellerId.length + 3) {
      return fail(403, 'User-Agent başlığı zorunludur: "{sellerId} - SelfIntegration"', "user.agent.required");
    }
    if (req.headers.authorization !== expectedAuth)
      return fail(401, "Yetkisiz erişim: API key veya secret hatalı", "unauthorized");
    if (now() - window.startedAt >= rateLimit.windowMs) window = { startedAt: now(), count: 0 };
    if (++window.count > rateLimit.max) {
      state.rateLimited++;
      const retryAfterS = Math.max(1, Math.ceil((window.startedAt + rateLimit.windowMs - now()) / 1000));
      return {
        ...fail(429, "Too many requests", "rate.limit.exceeded"),
        headers: { "Retry-After": String(retryAfterS) },
      };
    }
    for (const route of routes) {
      const match = req.method === route.method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      if (match[1] !== options.sellerId) return fail(403, "Bu satıcı için yetkiniz yok", "seller.forbidden");
      let body: unknown;
      try {
        body = raw === "" ? undefined : JSON.parse(raw);
      } catch {
        return fail(400, "Geçersiz JSON", "invalid.json");
      }
      return route.handle(match.slice(2), url, body, raw);
    }
    return fail(404, `Kaynak bulunamadı: ${req.method} ${url.pathname}`, "not.found");
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const key = `${req.method} ${url.pathname}`;
      state.requests[key] = (state.requests[key] ?? 0) + 1;
      const reply = handle(req, url, Buffer.concat(chunks).toString("utf8"));
      const payload = reply.body === undefined ? "" : JSON.stringify(reply.body);
      res.writeHead(reply.status, { ...(payload ? { "Content-Type": "application/json" } : {}), ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    state,
    addOrders: (packages) => void state.orders.push(...packages),
    addProducts: (products) => products.forEach((product) => state.products.set(product.barcode, product)),
    reset() {
      state.requests = {};
      state.products.clear();
      state.orders.length = 0;
      state.batches.clear();
      recentBodies.clear();
      window = { startedAt: 0, count: 0 };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
