import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeListings, type FakeListing, type FakeListingOptions } from "./fake-listings";
import { createFakeOms, type FakeOms, type FakeReply } from "./fake-oms";

export { generateListings } from "./fake-listings";
export { MERCHANT_DELIVERED_CARGO } from "./fake-oms";

/**
 * A loopback fake of Hepsiburada's late-2026 contract (fact sheet §8): one origin serves the OMS, listing, catalog and
 * SIT test-order routes. Auth on every call (Basic merchantId:serviceKey plus the developer username as User-Agent),
 * the OMS per-second limit with X-RateLimit headers, mandatory paging and caps, async listing uploads with their
 * limits, packaging, merchant-delivered moves, invoices, line cancels and claims.
 */
export type HepsiburadaFakeOptions = FakeListingOptions & {
  merchantId: string;
  serviceKey: string;
  developerUsername: string;
  /** Status for a missing or unknown User-Agent ([?] 401 or 403). Default 403. */
  userAgentFailureStatus?: 401 | 403;
  /** OMS requests per second before 429 "TooManyRequest". Default 1,000. */
  omsPerSecond?: number;
  /** Catalog (mpop) requests per second before 403; 5 s of continued excess blocks the IP. Default 100. */
  catalogPerSecond?: number;
  /** Open lines older than this are packed by Hepsiburada ("automatic packaging"). Off by default. */
  autoPackAfterMs?: number;
  now?: () => number;
  port?: number;
};

export type HepsiburadaFakeState = {
  /** Requests per "METHOD /path" (ids kept), rejected ones included. */
  requests: Record<string, number>;
  /** Requests answered 2xx, per "METHOD /path". */
  served: Record<string, number>;
  rateLimited: number;
  authFailures: number;
  /** Most uploads in flight seen at once. */
  peakUploadsInFlight: number;
};

export type HepsiburadaFake = {
  baseUrl: string;
  state: HepsiburadaFakeState;
  oms: FakeOms;
  listings: Map<string, FakeListing>;
  uploads: ReturnType<typeof createFakeListings>["uploads"];
  addListings(listings: FakeListing[]): void;
  clearListings(): void;
  resetCounters(): void;
  close(): Promise<void>;
};

type Route = { method: string; pattern: RegExp; service: "oms" | "listing" | "catalog"; handle: Handler };
type Handler = (params: string[], url: URL, body: unknown) => FakeReply;

const text = (status: number, body: string): FakeReply => ({ status, body, headers: { "Content-Type": "text/plain" } });

export async function startHepsiburadaFake(options: HepsiburadaFakeOptions): Promise<HepsiburadaFake> {
  const now = options.now ?? Date.now;
  const expectedAuth = `Basic ${Buffer.from(`${options.merchantId}:${options.serviceKey}`).toString("base64")}`;
  const state: HepsiburadaFakeState = {
    requests: {},
    served: {},
    rateLimited: 0,
    authFailures: 0,
    peakUploadsInFlight: 0,
  };
  const listings = createFakeListings(options, now);
  const oms = createFakeOms(options.merchantId, now);
  const omsLimit = options.omsPerSecond ?? 1000;
  const catalogLimit = options.catalogPerSecond ?? 100;
  let omsWindow = { second: 0, count: 0 };
  let catalogWindow = { second: 0, count: 0, excessSince: 0 as number | null };
  let ipBlocked = false;

  function autoPack() {
    if (options.autoPackAfterMs === undefined) return;
    const due = [...oms.lines.values()].filter(
      (line) =>
        line.status === "Open" && !line.addressChangePending && now() - line.orderDate >= options.autoPackAfterMs!,
    );
    const byOrder = new Map<string, typeof due>();
    for (const line of due) byOrder.set(line.orderNumber, [...(byOrder.get(line.orderNumber) ?? []), line]);
    for (const group of byOrder.values())
      oms.packLines(group.map((line) => ({ id: line.id, quantity: line.quantity })));
  }

  function omsGate(): FakeReply | Record<string, string> {
    const second = Math.floor(now() / 1000);
    if (second !== omsWindow.second) omsWindow = { second, count: 0 };
    omsWindow.count++;
    const headers = {
      "X-RateLimit-Limit": String(omsLimit),
      "X-RateLimit-Remaining": String(Math.max(0, omsLimit - omsWindow.count)),
      "X-RateLimit-Reset": String(Math.max(0, (second + 1) * 1000 - now()) / 1000),
    };
    if (omsWindow.count <= omsLimit) return headers;
    state.rateLimited++;
    return { ...text(429, "TooManyRequest"), headers };
  }

  function catalogGate(): FakeReply | null {
    if (ipBlocked) return text(403, "IP blocked: request unblocking with a ticket");
    const second = Math.floor(now() / 1000);
    if (second !== catalogWindow.second) {
      const wasExcess = catalogWindow.count > catalogLimit;
      catalogWindow = { second, count: 0, excessSince: wasExcess ? catalogWindow.excessSince : null };
    }
    if (++catalogWindow.count <= catalogLimit) return null;
    catalogWindow.excessSince ??= now();
    if (now() - catalogWindow.excessSince >= 5000) ipBlocked = true;
    state.rateLimited++;
    return text(403, "Forbidden: rate limit exceeded");
  }

  const m = "([^/]+)";
  const pkg = `/packages/merchantid/${m}/packagenumber/([^/]+)`;
  const route = (method: string, service: Route["service"], path: string, handle: Handler): Route => ({
    method,
    service,
    pattern: new RegExp(`^${path}/?$`, "i"),
    handle,
  });
  const routes: Route[] = [
    route("GET", "listing", `/listings/merchantid/${m}`, (_, url) => listings.list(url)),
    route("POST", "listing", `/listings/merchantid/${m}/(price|stock|inventory)-uploads`, ([kind], _, body) => {
      const reply = listings.upload(kind!.toLowerCase() as "price", body);
      state.peakUploadsInFlight = Math.max(state.peakUploadsInFlight, listings.inFlight());
      return reply;
    }),
    route("GET", "listing", `/listings/merchantid/${m}/(price|stock|inventory)-uploads/id/([^/]+)`, ([kind, id]) =>
      listings.status(kind!.toLowerCase(), id!),
    ),
    route("GET", "oms", `/orders/merchantid/${m}`, (_, url) => oms.listOpenLines(url)),
    route("POST", "oms", `/orders/merchantid/${m}`, (_, __, body) => oms.createTestOrder(body)),
    route("GET", "oms", `/packages/merchantid/${m}`, (_, url) => oms.listReadyPackages(url)),
    route("POST", "oms", `/packages/merchantid/${m}`, (_, __, body) => oms.createPackage(body)),
    route("GET", "oms", `/packages/merchantid/${m}/(shipped|delivered|undelivered)`, ([status], url) =>
      oms.listPackagesByStatus(
        url,
        status === "shipped" ? "InTransit" : status === "delivered" ? "Delivered" : "Undelivered",
      ),
    ),
    route("GET", "oms", `/packages/merchantid/${m}/status/unpacked`, (_, url) =>
      oms.listPackagesByStatus(url, "Unpacked"),
    ),
    route("GET", "oms", pkg, ([no]) => oms.getPackage(no!)),
    route("POST", "oms", `${pkg}/unpack`, ([no]) => oms.unpack(no!)),
    route("POST", "oms", `${pkg}/(intransit|deliver|undeliver)`, ([no, action], _, body) =>
      oms.move(no!, action!.toLowerCase(), body),
    ),
    route("PUT", "oms", `${pkg}/invoice`, ([no], _, body) => oms.setInvoice(no!, body)),
    route("POST", "oms", `/lineitems/merchantid/${m}/id/([^/]+)/cancelbymerchant`, ([id], _, body) =>
      oms.cancelLine(id!, body),
    ),
    route("GET", "oms", `/claims/merchantid/${m}`, (_, url) => oms.listClaims(url)),
    route("GET", "oms", `/claims/merchantid/${m}/status/([^/]+)`, ([status], url) => oms.listClaims(url, status)),
    route("POST", "oms", `/claims/number/([^/]+)/(accept|reject|preapprovalconfirm)`, ([no, action], _, body) =>
      oms.decideClaim(no!, action!.toLowerCase(), body),
    ),
    route("GET", "catalog", `/product/api/categories/get-all-categories`, () => ({
      status: 200,
      body: { success: true, code: 0, version: 1, message: null, data: [], totalElements: 0, totalPages: 0 },
    })),
  ];

  function handle(req: IncomingMessage, url: URL, raw: string): FakeReply {
    const userAgent = req.headers["user-agent"] ?? "";
    if (req.headers.authorization !== expectedAuth) {
      state.authFailures++;
      return text(401, "Unauthorized");
    }
    if (userAgent !== options.developerUsername) {
      state.authFailures++;
      return text(options.userAgentFailureStatus ?? 403, "Forbidden");
    }
    const found = routes
      .map((candidate) => ({ candidate, match: candidate.pattern.exec(url.pathname) }))
      .filter((entry) => entry.match);
    if (found.length === 0) return { status: 404, body: { message: "URL hatalı gönderilmiştir" } };
    const entry = found.find(({ candidate }) => candidate.method === req.method);
    if (!entry?.match) return { status: 405, body: { message: "Method Not Allowed" } };
    const { candidate, match } = entry;
    let extra: Record<string, string> = {};
    if (candidate.service === "oms") {
      const gate = omsGate();
      if ("status" in gate) return gate as FakeReply;
      extra = gate as Record<string, string>;
    }
    if (candidate.service === "catalog") {
      const gate = catalogGate();
      if (gate) return gate;
    }
    const pathMerchant = /merchantid\/([^/]+)/i.exec(url.pathname)?.[1];
    if (pathMerchant !== undefined && pathMerchant !== options.merchantId) {
      state.authFailures++;
      return text(401, "Unauthorized");
    }
    let body: unknown;
    try {
      body = raw === "" ? undefined : JSON.parse(raw);
    } catch {
      return { status: 400, body: { message: "URL içerisindeki parametreleri kontrol edin" } };
    }
    autoPack();
    const params = match.slice(1).filter((_, index) => !(index === 0 && match[1] === pathMerchant));
    const reply = candidate.handle(params, url, body);
    return { ...reply, headers: { ...extra, "x-correlation-id": crypto.randomUUID(), ...reply.headers } };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const key = `${req.method} ${url.pathname}`;
      state.requests[key] = (state.requests[key] ?? 0) + 1;
      const reply = handle(req, url, Buffer.concat(chunks).toString("utf8"));
      if (reply.status < 300) state.served[key] = (state.served[key] ?? 0) + 1;
      const isText = typeof reply.body === "string" && reply.headers?.["Content-Type"] === "text/plain";
      const payload = reply.body === undefined ? "" : isText ? (reply.body as string) : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        ...(payload && !isText ? { "Content-Type": "application/json" } : {}),
        ...reply.headers,
      });
      res.end(payload);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    state,
    oms,
    listings: listings.listings,
    uploads: listings.uploads,
    addListings: listings.add,
    clearListings: listings.clear,
    resetCounters() {
      Object.assign(state, { requests: {}, served: {}, rateLimited: 0, authFailures: 0, peakUploadsInFlight: 0 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
