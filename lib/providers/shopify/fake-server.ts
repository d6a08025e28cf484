import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  execute,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import {
  MAX_CONCURRENT_BULK,
  runBulkQuery,
  validateBulkQuery,
  writeBulkJsonl,
  type FakeBulkOperation,
} from "./fake-bulk";
import { createMutations, type FakeMutationState } from "./fake-mutations";
import { connection, createObjects, parseSearch, requireScope, sortKeyOf, type FakeContext } from "./fake-queries";
import { fakeShopifySchema, requestedCost } from "./fake-schema";
import { createFakeStore, gid, gidNumber, newId, type FakeStore } from "./fake-store";
import { createWebhookSender, type WebhookSender } from "./fake-webhooks";

export const FAKE_SHOPIFY_VERSIONS = ["2026-01", "2026-04", "2026-07", "2026-10", "2027-01"] as const;
export const ALL_SCOPES = [
  "read_products",
  "write_products",
  "read_inventory",
  "write_inventory",
  "read_locations",
  "read_orders",
  "read_merchant_managed_fulfillment_orders",
  "write_merchant_managed_fulfillment_orders",
  "read_customers",
];
const SINGLE_QUERY_MAX_COST = 1000;
const INVALID_TOKEN_BODY = JSON.stringify({
  errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
});

export type ShopifyFakeOptions = {
  shopDomain?: string;
  clientId?: string;
  clientSecret?: string;
  /** Static `shpat_` tokens of a legacy admin-created app. */
  legacyTokens?: string[];
  scopes?: string[];
  /** Lifetime of client-credentials tokens (Shopify: ~24 h). */
  tokenTtlSeconds?: number;
  /** Lifetime of expiring offline tokens (Shopify: 1 h). */
  expiringTtlSeconds?: number;
  bucket?: { maximumAvailable: number; restoreRate: number };
  /** How a throttled answer arrives: HTTP 200 with THROTTLED (default) or 429. */
  throttleStatus?: 200 | 429;
  /** Answer every n-th GraphQL call 503. */
  unavailableEvery?: number;
  /** Polls a bulk operation stays CREATED/RUNNING before it completes. Default 2. */
  bulkPollsUntilComplete?: number;
  /** Added inside `inventorySetQuantities` so a concurrent retry of the same key can be observed. */
  mutationDelayMs?: number;
  now?: () => number;
  port?: number;
  /** Serve the `/_fake/*` control endpoints (the CLI for e2e turns them on). */
  control?: boolean;
};

type IssuedToken = { expiresAt: number | null };
type RefreshToken = { replacedBy: string | null; replacementUsed: boolean; revoked: boolean };

export type ShopifyFake = {
  baseUrl: string;
  shopDomain: string;
  store: FakeStore;
  stats: {
    graphql: number;
    throttled: number;
    unavailable: number;
    tokenRequests: number;
    costSpent: number;
    operations: Record<string, number>;
    lastServedVersion: string | null;
    /** When the first and the latest GraphQL call arrived (ms, the fake's clock). */
    firstCallAt: number | null;
    lastCallAt: number | null;
  };
  mutations: FakeMutationState;
  bulk: Map<string, FakeBulkOperation>;
  /** Issues an expiring offline token pair, as the authorization-code flow would. */
  issueExpiringToken(): { accessToken: string; refreshToken: string };
  /** Every issued token expires now (forced expiry). */
  expireTokens(): void;
  setScopes(scopes: string[]): void;
  /** Force every GraphQL call to be answered THROTTLED (true) or behave normally. */
  setThrottled(isThrottled: boolean): void;
  bucketLevel(): number;
  webhooks: WebhookSender;
  close(): Promise<void>;
};

export async function startShopifyFake(options: ShopifyFakeOptions = {}): Promise<ShopifyFake> {
  const now = options.now ?? Date.now;
  const shopDomain = options.shopDomain ?? "kopru-demo.myshopify.com";
  const clientId = options.clientId ?? "fake-client-id";
  const clientSecret = options.clientSecret ?? "fake-client-secret";
  const bucketConfig = options.bucket ?? { maximumAvailable: 2000, restoreRate: 100 };
  const store = createFakeStore(now);
  const tokens = new Map<string, IssuedToken>((options.legacyTokens ?? []).map((t) => [t, { expiresAt: null }]));
  const refreshTokens = new Map<string, RefreshToken>();
  let scopes = new Set(options.scopes ?? ALL_SCOPES);
  let forceThrottled = false;
  let bucket = { available: bucketConfig.maximumAvailable, at: now() };
  const mutations: FakeMutationState = {
    idempotency: new Map(),
    productOperations: new Map(),
    inventoryChanges: 0,
    fulfillmentsCreated: 0,
  };
  const bulk = new Map<string, FakeBulkOperation>();
  const stats: ShopifyFake["stats"] = {
    graphql: 0,
    throttled: 0,
    unavailable: 0,
    tokenRequests: 0,
    costSpent: 0,
    operations: {},
    lastServedVersion: null,
    firstCallAt: null,
    lastCallAt: null,
  };
  let baseUrl = "";
  const webhooks = createWebhookSender({ store, shopDomain, now, secret: () => clientSecret });

  const refill = () => {
    const at = now();
    bucket = {
      available: Math.min(
        bucketConfig.maximumAvailable,
        bucket.available + ((at - bucket.at) / 1000) * bucketConfig.restoreRate,
      ),
      at,
    };
  };
  const throttleStatus = () => ({
    maximumAvailable: bucketConfig.maximumAvailable,
    currentlyAvailable: Math.floor(bucket.available),
    restoreRate: bucketConfig.restoreRate,
  });

  function issue(ttlSeconds: number): { token: string; expiresIn: number } {
    const token = `shpca_${randomBytes(16).toString("hex")}`;
    tokens.set(token, { expiresAt: now() + ttlSeconds * 1000 });
    return { token, expiresIn: ttlSeconds };
  }

  function issueExpiringToken() {
    const { token } = issue(options.expiringTtlSeconds ?? 3600);
    const refreshToken = `shprt_${randomBytes(16).toString("hex")}`;
    refreshTokens.set(refreshToken, { replacedBy: null, replacementUsed: false, revoked: false });
    return { accessToken: token, refreshToken };
  }

  function handleToken(body: Record<string, string>, res: ServerResponse) {
    stats.tokenRequests += 1;
    if (body.client_id !== clientId || body.client_secret !== clientSecret) {
      return json(res, 400, { error: "invalid_client", error_description: "Client authentication failed." });
    }
    if (body.grant_type === "client_credentials") {
      const { token, expiresIn } = issue(options.tokenTtlSeconds ?? 86_399);
      return json(res, 200, { access_token: token, scope: [...scopes].join(","), expires_in: expiresIn });
    }
    if (body.grant_type === "refresh_token") {
      const presented = refreshTokens.get(body.refresh_token ?? "");
      // The old refresh token stays retryable until its replacement is first used.
      if (!presented || presented.revoked || presented.replacementUsed) {
        return json(res, 400, {
          error: "invalid_grant",
          error_description: "The refresh token is invalid or expired.",
        });
      }
      for (const [, other] of refreshTokens) if (other.replacedBy === body.refresh_token) other.replacementUsed = true;
      const pair = issueExpiringToken();
      presented.replacedBy = pair.refreshToken;
      return json(res, 200, {
        access_token: pair.accessToken,
        expires_in: options.expiringTtlSeconds ?? 3600,
        refresh_token: pair.refreshToken,
        refresh_token_expires_in: 90 * 86_400,
        scope: [...scopes].join(","),
      });
    }
    return json(res, 400, { error: "unsupported_grant_type" });
  }

  function rootValue(context: FakeContext, version: string) {
    const objects = createObjects(context);
    const mutate = createMutations({
      context,
      objects,
      state: mutations,
      version,
      delay: () => new Promise((resolve) => setTimeout(resolve, options.mutationDelayMs ?? 0)),
      onOrderChanged: (orderId, topic) => webhooks.orderChanged(orderId, topic),
    });
    type Args = Record<string, unknown> & {
      first?: number;
      after?: string;
      query?: string;
      sortKey?: string;
      reverse?: boolean;
    };
    const bulkOp = (op: FakeBulkOperation | undefined) => {
      if (!op) return null;
      op.polls += 1;
      const due = options.bulkPollsUntilComplete ?? 2;
      if (op.status !== "COMPLETED" && op.status !== "FAILED") op.status = op.polls > due ? "COMPLETED" : "RUNNING";
      if (op.status === "COMPLETED") op.completedAt ??= store.iso();
      return {
        id: gid("BulkOperation", op.id),
        status: op.status,
        errorCode: null,
        objectCount: String(op.status === "COMPLETED" ? op.objectCount : 0),
        url: op.status === "COMPLETED" && op.file ? `${baseUrl}/bulk/${op.id}.jsonl` : null,
        partialDataUrl: null,
        createdAt: op.createdAt,
        completedAt: op.completedAt,
        query: op.query,
      };
    };
    return {
      shop: () => ({
        id: gid("Shop", "548380009"),
        name: "Köprü Demo",
        myshopifyDomain: shopDomain,
        currencyCode: "TRY",
      }),
      node: ({ id }: { id: string }) => objects.node(id),
      nodes: ({ ids }: { ids: string[] }) => {
        if (ids.length > 250)
          throw new GraphQLError("The ids argument accepts at most 250 ids", { extensions: { code: "BAD_REQUEST" } });
        return ids.map(objects.node);
      },
      locations: (args: Args & { includeInactive?: boolean }) => {
        requireScope(context, "read_locations", "locations");
        const list = store.locations.filter((l) => l.isActive || args.includeInactive);
        return connection(context, list, (l) => ["", l.id] as const, args, objects.location);
      },
      products: (args: Args) => {
        requireScope(context, "read_products", "products");
        const matches = parseSearch(args.query);
        const list = [...store.products.values()].filter((p) =>
          matches({ updated_at: p.updatedAt, created_at: p.createdAt, handle: p.handle, title: p.title }),
        );
        return connection(context, list, sortKeyOf(args.sortKey), args, objects.product);
      },
      product: ({ id }: { id: string }) => {
        requireScope(context, "read_products", "product");
        const found = store.products.get(gidNumber(id));
        return found ? objects.product(found) : null;
      },
      productVariants: (args: Args) => {
        requireScope(context, "read_products", "productVariants");
        const matches = parseSearch(args.query);
        const list = [...store.variants.values()].filter((v) =>
          matches({ sku: v.sku, updated_at: v.updatedAt, barcode: v.barcode }),
        );
        return connection(context, list, (v) => ["", v.id] as const, args, objects.variant);
      },
      productOperation: ({ id }: { id: string }) => {
        const op = mutations.productOperations.get(gidNumber(id));
        if (!op) return null;
        op.polls += 1;
        const status = op.polls >= 2 ? "COMPLETE" : "ACTIVE";
        const product = status === "COMPLETE" && op.productId ? store.products.get(op.productId) : undefined;
        return {
          id,
          status,
          product: product ? objects.product(product) : null,
          userErrors: status === "COMPLETE" ? op.userErrors : [],
        };
      },
      inventoryItem: ({ id }: { id: string }) => {
        requireScope(context, "read_inventory", "inventoryItem");
        return objects.node(id);
      },
      orders: (args: Args) => {
        requireScope(context, "read_orders", "orders");
        const matches = parseSearch(args.query);
        const list = objects
          .visibleOrders()
          .filter((o) => matches({ updated_at: o.updatedAt, created_at: o.createdAt, name: o.name }));
        return connection(context, list, sortKeyOf(args.sortKey), args, objects.order);
      },
      order: ({ id }: { id: string }) => {
        requireScope(context, "read_orders", "order");
        return objects.visibleOrders().some((o) => o.id === gidNumber(id)) ? objects.node(id) : null;
      },
      customers: (args: Args) => {
        requireScope(context, "read_customers", "customers");
        const matches = parseSearch(args.query);
        const list = [...store.customers.values()].filter((c) => matches({ updated_at: c.updatedAt }));
        return connection(context, list, sortKeyOf(args.sortKey), args, objects.customer);
      },
      customer: ({ id }: { id: string }) => {
        requireScope(context, "read_customers", "customer");
        return objects.node(id);
      },
      refund: ({ id }: { id: string }) => {
        requireScope(context, "read_orders", "refund");
        const order = [...store.orders.values()].find((o) => o.refunds.some((r) => r.id === gidNumber(id)));
        const refund = order?.refunds.find((r) => r.id === gidNumber(id));
        return order && refund ? { id, createdAt: refund.createdAt, order: () => objects.order(order) } : null;
      },
      fulfillment: ({ id }: { id: string }) => {
        requireScope(context, "read_orders", "fulfillment");
        for (const order of store.orders.values()) {
          const found = order.fulfillments.find((f) => f.id === gidNumber(id));
          if (found) return objects.fulfillment(found);
        }
        return null;
      },
      bulkOperation: ({ id }: { id: string }) => bulkOp(bulk.get(gidNumber(id))),
      currentBulkOperation: () => bulkOp([...bulk.values()].at(-1)),
      ...mutate,
      bulkOperationRunQuery: async ({ query }: { query: string }) => {
        const invalid = validateBulkQuery(query);
        if (invalid)
          return { bulkOperation: null, userErrors: [{ field: ["query"], message: invalid, code: "INVALID" }] };
        const running = [...bulk.values()].filter((op) => op.status === "CREATED" || op.status === "RUNNING");
        if (running.length >= MAX_CONCURRENT_BULK) {
          return {
            bulkOperation: null,
            userErrors: [{ field: null, message: "A bulk query operation limit was reached.", code: "LIMIT_REACHED" }],
          };
        }
        const bulkContext: FakeContext = { ...context, isBulk: true, objects: 0 };
        const result = await runBulkQuery(query, rootValue(bulkContext, version), bulkContext);
        if (result.errors?.length) {
          return {
            bulkOperation: null,
            userErrors: [{ field: ["query"], message: result.errors[0]!.message, code: "INVALID" }],
          };
        }
        const id = newId();
        const { file, count } = await writeBulkJsonl((result.data ?? {}) as Record<string, unknown>, id);
        const op: FakeBulkOperation = {
          id,
          query,
          status: "CREATED",
          polls: 0,
          objectCount: count,
          file,
          createdAt: store.iso(),
          completedAt: null,
        };
        bulk.set(id, op);
        return {
          bulkOperation: {
            id: gid("BulkOperation", id),
            status: "CREATED",
            objectCount: "0",
            url: null,
            partialDataUrl: null,
            createdAt: op.createdAt,
            completedAt: null,
            query,
            errorCode: null,
          },
          userErrors: [],
        };
      },
    };
  }

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, requestedVersion: string) {
    const version = (FAKE_SHOPIFY_VERSIONS as readonly string[]).includes(requestedVersion)
      ? requestedVersion
      : FAKE_SHOPIFY_VERSIONS[0];
    stats.lastServedVersion = version;
    res.setHeader("X-Shopify-API-Version", version);
    const token = header(req, "x-shopify-access-token");
    const issued = token ? tokens.get(token) : undefined;
    if (!issued || (issued.expiresAt !== null && issued.expiresAt <= now())) {
      return send(res, 401, INVALID_TOKEN_BODY);
    }
    stats.graphql += 1;
    stats.firstCallAt ??= now();
    stats.lastCallAt = now();
    if (options.unavailableEvery && stats.graphql % options.unavailableEvery === 0) {
      stats.unavailable += 1;
      return send(res, 503, "Service Unavailable");
    }
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch {
      return json(res, 400, { errors: "Body is not valid JSON" });
    }
    if (typeof body.query !== "string")
      return json(res, 400, { errors: { query: "Required parameter missing or invalid" } });
    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (error) {
      return json(res, 200, { errors: [{ message: (error as Error).message, extensions: { code: "BAD_REQUEST" } }] });
    }
    const invalid = validate(fakeShopifySchema, document);
    if (invalid.length > 0) {
      return json(res, 200, {
        errors: invalid.map((e) => ({
          message: e.message,
          locations: e.locations,
          extensions: { code: "undefinedField" },
        })),
      });
    }
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const fragments = Object.fromEntries(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    if (!operation) return json(res, 200, { errors: [{ message: "No operation" }] });
    const name = operation.name?.value ?? operation.operation;
    stats.operations[name] = (stats.operations[name] ?? 0) + 1;
    const cost = requestedCost(operation, fragments, variables);
    if (cost > SINGLE_QUERY_MAX_COST) {
      return json(res, 200, {
        errors: [
          {
            message: `Query cost is ${cost}, which exceeds the single query max cost limit (${SINGLE_QUERY_MAX_COST}).`,
            extensions: { code: "MAX_COST_EXCEEDED", cost, maxCost: SINGLE_QUERY_MAX_COST },
          },
        ],
      });
    }
    refill();
    if (forceThrottled || bucket.available < cost) {
      stats.throttled += 1;
      return json(res, options.throttleStatus ?? 200, {
        errors: [
          {
            message: "Throttled",
            extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" },
          },
        ],
        extensions: { cost: { requestedQueryCost: cost, actualQueryCost: null, throttleStatus: throttleStatus() } },
      });
    }
    bucket.available -= cost;
    const context: FakeContext = { store, scopes, isBulk: false, objects: 0 };
    const result = await execute({
      schema: fakeShopifySchema,
      document,
      rootValue: rootValue(context, version),
      contextValue: context,
      variableValues: variables,
    });
    const actual = operation.operation === "mutation" ? cost : Math.min(cost, context.objects);
    refill();
    bucket.available = Math.min(bucketConfig.maximumAvailable, bucket.available + (cost - actual));
    stats.costSpent += actual;
    const errors = result.errors?.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions }));
    return json(res, 200, {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(errors?.length ? { errors } : {}),
      extensions: { cost: { requestedQueryCost: cost, actualQueryCost: actual, throttleStatus: throttleStatus() } },
    });
  }

  /** Test control (CLI only): create orders, aim and send webhooks, read what Köprü sent back. */
  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL) {
    const body = req.method === "POST" ? (JSON.parse((await readBody(req)) || "{}") as Record<string, unknown>) : {};
    if (url.pathname === "/_fake/webhook-target") {
      webhooks.setTarget(typeof body.url === "string" ? body.url : null);
      return json(res, 200, { ok: true });
    }
    if (url.pathname === "/_fake/orders" && req.method === "POST") {
      const order = store.addOrder(body as Parameters<FakeStore["addOrder"]>[0]);
      const topic = typeof body.webhook === "string" ? body.webhook : null;
      const delivery = topic ? await webhooks.sendOrder(order.id, topic) : null;
      return json(res, 200, {
        id: order.id,
        name: order.name,
        customerId: order.customerId,
        delivery: delivery?.status ?? null,
      });
    }
    if (url.pathname === "/_fake/compliance" && req.method === "POST") {
      const topic = body.topic as Parameters<WebhookSender["sendCompliance"]>[0];
      const delivery = await webhooks.sendCompliance(
        topic,
        typeof body.customerId === "string" ? body.customerId : undefined,
      );
      return json(res, 200, { delivery: delivery.status });
    }
    const order = /^\/_fake\/orders\/(\d+)$/.exec(url.pathname);
    if (order) {
      const found = store.orders.get(order[1]!);
      return found ? json(res, 200, found) : json(res, 404, { error: "not found" });
    }
    if (url.pathname === "/_fake/products") {
      return json(
        res,
        200,
        [...store.products.values()].map((p) => ({
          id: p.id,
          title: p.title,
          handle: p.handle,
          skus: p.variants.map((v) => v.sku),
        })),
      );
    }
    return json(res, 404, { error: "unknown control path" });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      try {
        if (req.method === "POST" && url.pathname === "/admin/oauth/access_token") {
          const raw = await readBody(req);
          const isJson = (header(req, "content-type") ?? "").includes("json");
          const body = isJson
            ? (JSON.parse(raw) as Record<string, string>)
            : Object.fromEntries(new URLSearchParams(raw));
          return handleToken(body, res);
        }
        const graphql = /^\/admin\/api\/([^/]+)\/graphql\.json$/.exec(url.pathname);
        if (req.method === "POST" && graphql) return await handleGraphql(req, res, graphql[1]!);
        if (url.pathname.startsWith("/_fake/") && options.control) return await handleControl(req, res, url);
        const file = /^\/bulk\/(\d+)\.jsonl$/.exec(url.pathname);
        const op = file ? bulk.get(file[1]!) : undefined;
        if (req.method === "GET" && op?.file) {
          res.writeHead(200, { "Content-Type": "application/jsonl" });
          return void createReadStream(op.file).pipe(res);
        }
        send(res, 404, "Not Found");
      } catch (error) {
        send(res, 500, (error as Error).message);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    get baseUrl() {
      return baseUrl;
    },
    shopDomain,
    store,
    stats,
    mutations,
    bulk,
    issueExpiringToken,
    expireTokens() {
      for (const token of tokens.values()) if (token.expiresAt !== null) token.expiresAt = now() - 1;
    },
    setScopes(next) {
      scopes = new Set(next);
    },
    setThrottled(isThrottled) {
      forceThrottled = isThrottled;
    },
    bucketLevel() {
      refill();
      return bucket.available;
    },
    webhooks,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    "Content-Type": status === 200 || status === 400 || status === 401 ? "application/json" : "text/plain",
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown) {
  send(res, status, JSON.stringify(body));
}
