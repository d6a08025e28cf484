import { createServer } from "node:http";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { errorBody, generateOrders, toWireJson } from "./fake-data";
import type { FakePackage, FakeProduct } from "./fake-data";
import { createOrderRoutes } from "./fake-orders";
import type { FakeClaim } from "./fake-orders";
import { createProductRoutes } from "./fake-products";
import type { FakeBatch } from "./fake-products";
import { createWebhookRoutes } from "./fake-webhooks";
import type { FakeWebhook } from "./fake-webhooks";
import {
  DEFAULT_LISTING_TIER,
  ENDPOINT_LIMIT,
  GROUP_WINDOW_MS,
  endpointKey,
  groupLimitPerMinute,
  serviceGroupOf,
} from "./limits";
import type { ListingTier } from "./limits";

export { generateOrders, generateProducts, withOldNames } from "./fake-data";
export type { FakePackage, FakeProduct } from "./fake-data";

export type TrendyolFakeOptions = {
  sellerId: string;
  apiKey: string;
  apiSecret: string;
  /** The seller's listing tier, which sets the service-group budgets. Default "50k". */
  tier?: ListingTier;
  /** Per-endpoint rule; default Trendyol's 50 per 10 s. */
  endpointLimit?: { max: number; windowMs: number };
  /** Enforce the per-minute service-group budgets (default true). */
  enforceGroupLimits?: boolean;
  /** Send `Retry-After` on 429 (real headers are undocumented, so off by default). */
  sendRetryAfter?: boolean;
  /** Stage host: callers from other addresses get 503. */
  allowedIps?: string[];
  /** Polls answered IN_PROGRESS before a batch completes. Default 1. */
  batchPollsUntilComplete?: number;
  /** Extra per-item failure: return a failure reason for a barcode, or null. */
  failBarcodes?: (barcode: string) => string | null;
  /** Also emit the pre-rename field names on packages (a migration-period body). */
  emitOldNames?: boolean;
  /** Products created through V2 are approved when their batch completes (default true). */
  approveOnCreate?: boolean;
  /** Webhook retry interval, scaled down from Trendyol's 5 minutes; and failures before a hook turns PASSIVE. */
  webhookRetryMs?: number;
  webhookFailuresUntilPassive?: number;
  /** Clock for windows, the 15-minute rule and modification dates; tests pass a virtual one. */
  now?: () => number;
  port?: number;
};

export type TrendyolFakeState = {
  /** Requests received per "METHOD /path", rejected ones included. */
  requests: Record<string, number>;
  /** Requests answered 429. */
  rateLimited: number;
  products: Map<string, FakeProduct>;
  packages: FakePackage[];
  claims: FakeClaim[];
  batches: Map<string, FakeBatch>;
  webhooks: FakeWebhook[];
  /** Webhook deliveries attempted: url, status (0 = network error), body. */
  deliveries: { url: string; status: number; body: string }[];
  invoiceLinks: Set<string>;
};

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
export type RouteInput = { params: string[]; url: URL; body: unknown; raw: string; req: IncomingMessage };
export type Route = { method: string; pattern: RegExp; handle: (input: RouteInput) => Reply | Promise<Reply> };

export type FakeContext = {
  options: TrendyolFakeOptions;
  state: TrendyolFakeState;
  now: () => number;
  fail: (status: number, message: string, key?: string) => Reply;
  /** Records a package change: bumps lastModifiedDate and pushes it to subscribed webhooks. */
  touch: (pkg: FakePackage) => void;
};

export type TrendyolFake = {
  baseUrl: string;
  state: TrendyolFakeState;
  addOrders(packages: FakePackage[]): void;
  addProducts(products: FakeProduct[]): void;
  addClaims(claims: FakeClaim[]): void;
  /** Makes a claim for the lines of a package, waiting for the seller's decision. */
  createClaim(packageId: number, options?: { status?: string }): FakeClaim;
  /** Sets a package's status (as Trendyol's side would) and pushes it to webhooks. */
  setPackageStatus(packageId: number, status: string): void;
  /** Delivers a package to every matching webhook now; resolves when all attempts finished. */
  deliverPackage(packageId: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
};

export async function startTrendyolFake(options: TrendyolFakeOptions): Promise<TrendyolFake> {
  const now = options.now ?? Date.now;
  const tier = options.tier ?? DEFAULT_LISTING_TIER;
  const endpointLimit = options.endpointLimit ?? ENDPOINT_LIMIT;
  const expectedAuth = `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`;
  const state: TrendyolFakeState = {
    requests: {},
    rateLimited: 0,
    products: new Map(),
    packages: [],
    claims: [],
    batches: new Map(),
    webhooks: [],
    deliveries: [],
    invoiceLinks: new Set(),
  };
  const windows = new Map<string, number[]>();

  const fail = (status: number, message: string, key?: string): Reply => ({
    status,
    body: errorBody(message, key, undefined, now()),
  });
  const webhooks = createWebhookRoutes({ options, state, now, fail });
  const context: FakeContext = {
    options,
    state,
    now,
    fail,
    touch(pkg) {
      pkg.lastModifiedDate = Math.max(now(), pkg.lastModifiedDate + 1);
      void webhooks.deliver(pkg);
    },
  };
  const orders = createOrderRoutes(context);
  // Test control (not Trendyol's API): lets an e2e run in another process seed packages and claims.
  const control: Route[] = [
    {
      method: "POST",
      pattern: /^\/__fake\/packages$/,
      handle: ({ body }) => {
        const {
          status = "Created",
          count = 1,
          phone,
        } = (body ?? {}) as {
          status?: string;
          count?: number;
          phone?: string;
        };
        // Two lines each, so a claim on it can be decided line by line.
        const created = generateOrders(count, now(), { status, stepMs: 1, lineCount: 2 });
        // A receiver phone when asked for: a carrier will not take a parcel without one.
        if (phone) for (const pkg of created) Object.assign(pkg.shipmentAddress as object, { phone });
        state.packages.push(...created);
        return {
          status: 200,
          body: created.map((pkg) => ({ shipmentPackageId: pkg.shipmentPackageId, orderNumber: pkg.orderNumber })),
        };
      },
    },
    {
      method: "POST",
      pattern: /^\/__fake\/claims$/,
      handle: ({ body }) => {
        const packageId = Number((body as { shipmentPackageId?: number } | undefined)?.shipmentPackageId);
        const pkg = state.packages.find((candidate) => candidate.shipmentPackageId === packageId);
        if (!pkg) return fail(404, "Paket bulunamadı", "shipment.package.not.found");
        return { status: 200, body: orders.createClaim(pkg) };
      },
    },
  ];
  const products = createProductRoutes(context);
  const routes: Route[] = [...products.routes, ...orders.routes, ...webhooks.routes, ...control];

  /** Sliding window: true when this request is over the budget. */
  function isOverBudget(key: string, max: number, windowMs: number): boolean {
    if (!Number.isFinite(max)) return false;
    const hits = (windows.get(key) ?? []).filter((at) => now() - at < windowMs);
    const isOver = hits.length >= max;
    if (!isOver) hits.push(now());
    windows.set(key, hits);
    return isOver;
  }

  function rateLimited(method: string, path: string): Reply | null {
    const overEndpoint = isOverBudget(endpointKey(method, path), endpointLimit.max, endpointLimit.windowMs);
    const group = serviceGroupOf(method, path);
    const overGroup =
      !overEndpoint &&
      options.enforceGroupLimits !== false &&
      isOverBudget(`group:${group}`, groupLimitPerMinute(group, tier), GROUP_WINDOW_MS);
    if (!overEndpoint && !overGroup) return null;
    state.rateLimited++;
    const reply = fail(429, "too.many.requests", "too.many.requests");
    return options.sendRetryAfter ? { ...reply, headers: { "Retry-After": "1" } } : reply;
  }

  async function handle(req: IncomingMessage, url: URL, raw: string): Promise<Reply> {
    if (options.allowedIps && !options.allowedIps.includes(req.socket.remoteAddress ?? ""))
      return { status: 503, body: "Service Unavailable" };
    const userAgent = req.headers["user-agent"] ?? "";
    if (!userAgent.trim()) return fail(403, "User-Agent başlığı zorunludur", "user.agent.required");
    if (req.headers.authorization !== expectedAuth) {
      return {
        status: 401,
        body: errorBody(
          "Yetkisiz erişim: API key veya secret hatalı",
          "ClientApiAuthenticationException",
          "ClientApiAuthenticationException",
          now(),
        ),
      };
    }
    const method = req.method ?? "GET";
    const limited = rateLimited(method, url.pathname);
    if (limited) return limited;
    for (const route of routes) {
      const match = method === route.method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      if (match[1] !== undefined && match[1] !== options.sellerId && route.pattern.source.includes("sellers"))
        return fail(403, "Bu satıcı için yetkiniz yok", "seller.forbidden");
      let body: unknown;
      const isJson = !String(req.headers["content-type"] ?? "").startsWith("multipart/");
      try {
        body = raw === "" || !isJson ? undefined : JSON.parse(raw);
      } catch {
        return fail(400, "Geçersiz JSON", "invalid.json");
      }
      return route.handle({ params: match.slice(2), url, body, raw, req });
    }
    return fail(404, `Kaynak bulunamadı: ${method} ${url.pathname}`, "not.found");
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const key = `${req.method} ${url.pathname}`;
      state.requests[key] = (state.requests[key] ?? 0) + 1;
      void handle(req, url, Buffer.concat(chunks).toString("utf8")).then((reply) => {
        const payload =
          reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : toWireJson(reply.body);
        const type = typeof reply.body === "string" ? "text/plain" : "application/json";
        res.writeHead(reply.status, { ...(payload ? { "Content-Type": type } : {}), ...reply.headers });
        res.end(payload);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const findPackage = (packageId: number) => {
    const pkg = state.packages.find((candidate) => candidate.shipmentPackageId === packageId);
    if (!pkg) throw new Error(`No package ${packageId} in the fake`);
    return pkg;
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    state,
    addOrders: (packages) => void state.packages.push(...packages),
    addProducts: (products) => products.forEach((product) => state.products.set(product.barcode, product)),
    addClaims: (claims) => void state.claims.push(...claims),
    createClaim: (packageId, claimOptions) => orders.createClaim(findPackage(packageId), claimOptions?.status),
    setPackageStatus(packageId, status) {
      const pkg = findPackage(packageId);
      Object.assign(pkg, { status, shipmentPackageStatus: status });
      pkg.packageHistories.push({ status, createdDate: now() });
      context.touch(pkg);
    },
    deliverPackage: (packageId) => webhooks.deliver(findPackage(packageId)),
    reset() {
      state.requests = {};
      state.rateLimited = 0;
      state.products.clear();
      state.packages.length = 0;
      state.claims.length = 0;
      state.batches.clear();
      state.webhooks.length = 0;
      state.deliveries.length = 0;
      state.invoiceLinks.clear();
      windows.clear();
      products.reset();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        webhooks.stop();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
