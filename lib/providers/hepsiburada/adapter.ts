import { z } from "zod";
import { ProviderError } from "@/lib/errors";
import type {
  BatchItemResult,
  BatchResult,
  MarketplaceAdapter,
  MarketplaceClaim,
  MarketplaceOrder,
  PackageStatus,
  PriceStockUpdate,
  PushReceipt,
} from "@/lib/providers/marketplace";
import { createHepsiburadaClient, type HepsiburadaClient, type HepsiburadaClientOptions } from "./client";
import {
  formatOmsDate,
  isUploadFinished,
  planUploadSizes,
  splitBySizes,
  splitWindows,
  toClaimStatus,
  toClaimView,
  toListingView,
  toOpenOrders,
  toPackageOrder,
  toUploadItem,
  toUploadItemResults,
  type HepsiburadaClaimView,
  type HepsiburadaListingView,
} from "./transform";
import {
  claimsPageSchema,
  listingsPageSchema,
  omsPageSchema,
  orderLineSchema,
  packageCreatedSchema,
  packageSchema,
  uploadAcceptedSchema,
  uploadStatusSchema,
  type HepsiburadaOrderLine,
  type HepsiburadaPackage,
  type UploadItem,
  type UploadKind,
} from "./wire";

/** Documented caps (fact sheet §4, §6). */
export const UPLOAD_MAX_ITEMS = 4000;
export const UPLOADS_IN_FLIGHT = 5;
/** Below this many items per upload, spreading over more parallel uploads is not worth the extra calls. */
export const MIN_SPLIT_UPLOAD_ITEMS = 500;
export const ORDER_PAGE_LIMIT = 100;
export const PACKAGE_PAGE_LIMIT = 10;
export const LISTING_PAGE_LIMIT = 1000;
export const CLAIM_PAGE_LIMIT = 100;
export const OMS_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Price and stock go out together as inventory uploads (one upload, not two). Kept here only. */
export const PRICE_STOCK_UPLOAD_KIND: UploadKind = "inventory";
const UPLOAD_POLL_MS = 2_000;

export type HepsiburadaAdapterConfig = HepsiburadaClientOptions & {
  /** Most items per upload; defaults to (and never exceeds) UPLOAD_MAX_ITEMS. Uploads are sized evenly below it. */
  uploadSize?: number;
  /** Wait between polls while all upload slots are taken. */
  uploadPollMs?: number;
  now?: () => Date;
};

export type IntransitInput = {
  packageNumber: string;
  shippedAt: Date;
  trackingNumber: string;
  trackingUrl?: string;
  estimatedArrivalAt?: Date;
  deci?: number;
};

/** What `updatePackageStatus` takes: pack lines, merchant-delivered in transit / delivered, cancel a line. */
export const HEPSIBURADA_PACKAGE_STATUSES = [
  "picking",
  "shipped",
  "delivered",
  "cancel_line",
] as const satisfies readonly PackageStatus[];
/** The optional `MarketplaceAdapter` methods Hepsiburada implements (the registry entry lists the same). */
export const HEPSIBURADA_FEATURES = [
  "listProducts",
  "pushPriceStock",
  "listOrders",
  "updatePackageStatus",
  "sendInvoiceLink",
  "listClaims",
  "approveClaim",
  "rejectClaim",
] as const satisfies readonly (keyof MarketplaceAdapter)[];
type HepsiburadaFeature = (typeof HEPSIBURADA_FEATURES)[number];

/** Claims are finalised as a refund unless the merchant chooses a change (May 2026: `FinalizedWith`). */
const DEFAULT_CLAIM_FINALIZATION = "Refund";

/** What Hepsiburada offers beyond the shared marketplace shape: listings, packaging, merchant delivery, claims. */
export type HepsiburadaAdapter = MarketplaceAdapter &
  Required<Pick<MarketplaceAdapter, HepsiburadaFeature>> & {
    listListings(): AsyncIterable<HepsiburadaListingView>;
    /** Price and stock as inventory uploads, each with the items it carried (to judge every item afterwards). */
    pushPriceStockUploads(updates: PriceStockUpdate[]): Promise<{ batchId: string; sent: UploadItem[] }[]>;
    /** Every item's verdict of an upload, given what was sent in it (absent from `errors` = accepted). */
    getUploadResult(batchId: string, sent?: readonly UploadItem[]): Promise<BatchResult>;
    listOpenLines(range: { since: Date; until: Date }): AsyncIterable<HepsiburadaOrderLine>;
    listReadyPackages(range: { since: Date; until: Date }): AsyncIterable<HepsiburadaPackage>;
    getPackageStatus(packageNumber: string): Promise<{ status: string; trackingNumber: string | null } | null>;
    createPackage(
      lines: { lineId: string; quantity: number }[],
    ): Promise<{ packageNumber: string; barcode: string | null }>;
    markInTransit(input: IntransitInput): Promise<void>;
    markDelivered(input: { packageNumber: string; receivedAt: Date; receivedBy: string }): Promise<void>;
    setInvoiceLink(input: { packageNumber: string; invoiceLink: string }): Promise<void>;
    cancelLine(input: { lineId: string; reasonId: number }): Promise<void>;
    listClaimViews(options?: { status?: string }): AsyncIterable<HepsiburadaClaimView>;
    acceptClaim(input: { claimNumber: string; finalizedWith?: "Change" | "Refund" }): Promise<void>;
    declineClaim(input: { claimNumber: string; reasonId?: string; explanation?: string }): Promise<void>;
  };

/** Upload ids carry their kind (`inventory:<guid>`) so a poll knows which status route to read. */
const toBatchId = (kind: UploadKind, id: string) => `${kind}:${id}`;
function fromBatchId(batchId: string): { kind: UploadKind; id: string } {
  const [kind, ...rest] = batchId.split(":");
  const id = rest.join(":");
  if ((kind === "price" || kind === "stock" || kind === "inventory") && id) return { kind, id };
  return { kind: PRICE_STOCK_UPLOAD_KIND, id: batchId };
}

const isoDate = (date: Date) => date.toISOString();

function toMarketplaceClaim(claim: HepsiburadaClaimView, at: Date): MarketplaceClaim {
  return {
    claimId: claim.claimNumber,
    remoteOrderNumber: claim.orderNumber ?? "",
    packageId: null,
    status: toClaimStatus(claim.status),
    createdAt: at,
    lastModified: at,
    lines: [
      {
        claimLineId: claim.claimNumber,
        lineId: claim.lineItemId,
        sku: claim.merchantSku ?? "",
        quantity: claim.quantity ?? 1,
        reason: claim.reason,
        name: claim.productName ?? undefined,
        barcode: claim.hepsiburadaSku,
        remoteStatus: claim.status,
        // Hepsiburada waits for the merchant's accept/reject only in AwaitingAction (pre-approval is confirmed first).
        isActionable: toClaimStatus(claim.status) === "waiting",
      },
    ],
    raw: claim,
  };
}

export function createHepsiburadaAdapter(config: HepsiburadaAdapterConfig): HepsiburadaAdapter {
  const client: HepsiburadaClient = createHepsiburadaClient(config);
  const merchant = encodeURIComponent(config.merchantId);
  const sleep = config.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = config.now ?? (() => new Date());
  const listingBase = `/listings/merchantid/${merchant}`;
  const packageBase = `/packages/merchantid/${merchant}`;
  const packagePath = (no: string) => `${packageBase}/packagenumber/${encodeURIComponent(no)}`;
  const uploadSize = Math.min(config.uploadSize ?? UPLOAD_MAX_ITEMS, UPLOAD_MAX_ITEMS);

  async function uploadStatus(batchId: string) {
    const { kind, id } = fromBatchId(batchId);
    const path = `${listingBase}/${kind}-uploads/id/${encodeURIComponent(id)}`;
    return (await client.request({ service: "listing", path, schema: uploadStatusSchema })).data;
  }

  async function postUpload(kind: UploadKind, part: UploadItem[]) {
    const { data } = await client.request({
      service: "listing",
      method: "POST",
      path: `${listingBase}/${kind}-uploads`,
      body: part,
      isIdempotent: true,
      schema: uploadAcceptedSchema,
    });
    return { batchId: toBatchId(kind, data.id), sent: part };
  }

  /**
   * Posts uploads with at most UPLOADS_IN_FLIGHT unfinished at once (Hepsiburada refuses a sixth): as many as there are
   * free slots go out together, then the next wait for a slot.
   */
  async function upload(kind: UploadKind, items: UploadItem[]): Promise<{ batchId: string; sent: UploadItem[] }[]> {
    const posted: { batchId: string; sent: UploadItem[] }[] = [];
    const inFlight: string[] = [];
    const sizes = planUploadSizes(items.length, {
      maxSize: uploadSize,
      inFlight: UPLOADS_IN_FLIGHT,
      minSize: Math.min(MIN_SPLIT_UPLOAD_ITEMS, uploadSize),
    });
    const parts = splitBySizes(items, sizes);
    while (posted.length < parts.length) {
      while (inFlight.length >= UPLOADS_IN_FLIGHT) {
        for (const id of [...inFlight])
          if (isUploadFinished((await uploadStatus(id)).status)) inFlight.splice(inFlight.indexOf(id), 1);
        if (inFlight.length >= UPLOADS_IN_FLIGHT) await sleep(config.uploadPollMs ?? UPLOAD_POLL_MS);
      }
      const next = parts.slice(posted.length, posted.length + UPLOADS_IN_FLIGHT - inFlight.length);
      for (const sent of await Promise.all(next.map((part) => postUpload(kind, part)))) {
        posted.push(sent);
        inFlight.push(sent.batchId);
      }
    }
    return posted;
  }

  async function getUploadResult(batchId: string, sent?: readonly UploadItem[]): Promise<BatchResult> {
    const status = await uploadStatus(batchId);
    if (!isUploadFinished(status.status)) return { batchId, status: "in_progress", items: [] };
    return { batchId, status: "completed", items: toUploadItemResults(status, sent) };
  }

  /** OMS offset paging over the `{items, pageCount}` envelope. */
  async function* omsPages<T extends z.ZodType>(path: string, item: T, limit: number, query = {}) {
    for (let offset = 0; ; offset += limit) {
      const { data } = await client.request({
        service: "oms",
        path,
        query: { ...query, offset, limit },
        schema: omsPageSchema(item),
      });
      yield* data.items as z.infer<T>[];
      const total = data.totalCount ?? (data.pageCount ?? 0) * limit;
      if (data.items.length < limit || offset + limit >= total) return;
    }
  }

  async function* listOpenLines({ since, until }: { since: Date; until: Date }) {
    for (const window of splitWindows(since, until, OMS_WINDOW_MS)) {
      const query = { begindate: formatOmsDate(window.begin), enddate: formatOmsDate(window.end) };
      yield* omsPages(`/orders/merchantid/${merchant}`, orderLineSchema, ORDER_PAGE_LIMIT, query);
    }
  }

  /** Ready-to-ship packages: a bare array per page, the page count only in the `pagecount` header. */
  async function* listReadyPackages({ since, until }: { since: Date; until: Date }) {
    for (const window of splitWindows(since, until, OMS_WINDOW_MS)) {
      const query = { begindate: formatOmsDate(window.begin), enddate: formatOmsDate(window.end) };
      for (let page = 0; ; page++) {
        const { data, headers } = await client.request({
          service: "oms",
          path: packageBase,
          query: { ...query, offset: page * PACKAGE_PAGE_LIMIT, limit: PACKAGE_PAGE_LIMIT },
          schema: z.array(packageSchema),
        });
        yield* data;
        const pageCount = Number(headers.get("pagecount") ?? "");
        const hasMore =
          Number.isFinite(pageCount) && headers.has("pagecount")
            ? page + 1 < pageCount
            : data.length === PACKAGE_PAGE_LIMIT;
        if (!hasMore || data.length === 0) break;
      }
    }
  }

  async function* listOrders(range: { since: Date; until: Date }): AsyncIterable<MarketplaceOrder> {
    const open: HepsiburadaOrderLine[] = [];
    for await (const line of listOpenLines(range)) open.push(line);
    yield* toOpenOrders(open);
    const seenAt = now();
    for await (const pkg of listReadyPackages(range)) yield toPackageOrder(pkg, seenAt);
  }

  const adapter: HepsiburadaAdapter = {
    async testConnection() {
      await client.request({
        service: "listing",
        path: listingBase,
        query: { offset: 0, limit: 1 },
        schema: z.looseObject({ totalCount: z.number() }),
      });
    },

    async *listProducts() {
      for await (const listing of adapter.listListings()) {
        yield {
          sku: listing.merchantSku,
          barcode: listing.hepsiburadaSku,
          title: "",
          description: "",
          brand: "",
          category: "",
          vatRate: 0,
          listPriceKurus: listing.priceKurus ?? 0,
          salePriceKurus: listing.priceKurus ?? 0,
          currency: "TRY",
          stock: listing.stock ?? 0,
          images: [],
        };
      }
    },

    async *listListings() {
      for (let offset = 0; ; offset += LISTING_PAGE_LIMIT) {
        const { data } = await client.request({
          service: "listing",
          path: listingBase,
          query: { offset, limit: LISTING_PAGE_LIMIT },
          schema: listingsPageSchema,
        });
        yield* data.listings.map(toListingView);
        if (data.listings.length < LISTING_PAGE_LIMIT || offset + LISTING_PAGE_LIMIT >= data.totalCount) return;
      }
    },

    /** Uploads, then waits for every upload to finish: one final verdict per item (`mode: "items"`). */
    async pushPriceStock(updates: PriceStockUpdate[]): Promise<PushReceipt> {
      const uploads = await upload(PRICE_STOCK_UPLOAD_KIND, updates.map(toUploadItem));
      const items: BatchItemResult[] = [];
      for (const { batchId, sent } of uploads) {
        for (;;) {
          const result = await getUploadResult(batchId, sent);
          if (result.status === "completed") {
            items.push(...result.items);
            break;
          }
          await sleep(config.uploadPollMs ?? UPLOAD_POLL_MS);
        }
      }
      return { mode: "items", items };
    },
    pushPriceStockUploads: (updates) => upload(PRICE_STOCK_UPLOAD_KIND, updates.map(toUploadItem)),

    getUploadResult,
    listOrders,
    listOpenLines,
    listReadyPackages,

    async getPackageStatus(packageNumber) {
      try {
        const { data } = await client.request({
          service: "oms",
          path: packagePath(packageNumber),
          schema: z.array(packageSchema.partial({ packageNumber: true })),
        });
        const found = data[0];
        return found ? { status: found.status ?? "", trackingNumber: found.trackingInfoCode ?? null } : null;
      } catch (error) {
        if (error instanceof ProviderError && error.kind === "not_found") return null;
        throw error;
      }
    },

    async createPackage(lines) {
      const body = { lineItemRequests: lines.map((line) => ({ id: line.lineId, quantity: line.quantity })) };
      const { data } = await client.request({
        service: "oms",
        method: "POST",
        path: packageBase,
        body,
        schema: packageCreatedSchema,
      });
      return { packageNumber: data.packageNumber, barcode: data.barcode ?? null };
    },

    async markInTransit(input) {
      const body = {
        shippedDate: isoDate(input.shippedAt),
        estimatedArrivalDate: isoDate(input.estimatedArrivalAt ?? new Date(input.shippedAt.getTime() + 3 * 86_400_000)),
        trackingUrl: input.trackingUrl ?? "",
        trackingNumber: input.trackingNumber,
        trackingPhoneNumber: "",
        tax: 0,
        cost: 0,
        deci: input.deci ?? 1,
      };
      await client.send({
        service: "oms",
        method: "POST",
        path: `${packagePath(input.packageNumber)}/intransit`,
        body,
      });
    },

    async markDelivered(input) {
      const body = { receivedDate: isoDate(input.receivedAt), receivedBy: input.receivedBy };
      await client.send({ service: "oms", method: "POST", path: `${packagePath(input.packageNumber)}/deliver`, body });
    },

    async setInvoiceLink(input) {
      const path = `${packagePath(input.packageNumber)}/invoice`;
      await client.send({ service: "oms", method: "PUT", path, body: { invoiceLink: input.invoiceLink } });
    },

    async cancelLine({ lineId, reasonId }) {
      const path = `/lineitems/merchantid/${merchant}/id/${encodeURIComponent(lineId)}/cancelbymerchant`;
      await client.send({ service: "oms", method: "POST", path, body: { reasonId } });
    },

    async *listClaimViews(options = {}) {
      const base = `/claims/merchantId/${merchant}`;
      const path = options.status ? `${base}/status/${encodeURIComponent(options.status)}` : base;
      for (let offset = 0; ; offset += CLAIM_PAGE_LIMIT) {
        const { data } = await client.request({
          service: "oms",
          path,
          query: { offset, limit: CLAIM_PAGE_LIMIT },
          schema: claimsPageSchema,
        });
        yield* data.items.map(toClaimView);
        if (data.items.length < CLAIM_PAGE_LIMIT) return;
      }
    },

    async acceptClaim({ claimNumber, finalizedWith }) {
      const path = `/claims/number/${encodeURIComponent(claimNumber)}/accept`;
      const body = { FinalizedWith: finalizedWith ?? DEFAULT_CLAIM_FINALIZATION };
      await client.send({ service: "oms", method: "POST", path, body });
    },

    // The reject body is not pinned down by the sheet ([?]): the reason id and the merchant's explanation.
    async declineClaim({ claimNumber, reasonId, explanation }) {
      const path = `/claims/number/${encodeURIComponent(claimNumber)}/reject`;
      await client.send({ service: "oms", method: "POST", path, body: { reasonId, explanation } });
    },

    async *listClaims({ since, until }) {
      for await (const claim of adapter.listClaimViews()) {
        const at = claim.claimedAt ?? now();
        if (at >= since && at <= until) yield toMarketplaceClaim(claim, at);
      }
    },

    approveClaim: ({ claimId }) => adapter.acceptClaim({ claimNumber: claimId }),

    rejectClaim: ({ claimId, reasonId, description }) =>
      adapter.declineClaim({ claimNumber: claimId, reasonId, explanation: description }),

    sendInvoiceLink: ({ packageId, invoiceUrl }) =>
      adapter.setInvoiceLink({ packageNumber: packageId, invoiceLink: invoiceUrl }),

    packageStatuses: HEPSIBURADA_PACKAGE_STATUSES,

    async updatePackageStatus(update) {
      switch (update.status) {
        case "picking":
          // Packing by API (for merchants who chose it): the open lines become a package.
          await adapter.createPackage(update.lines);
          return;
        case "shipped":
          await adapter.markInTransit({
            packageNumber: update.packageId,
            shippedAt: now(),
            trackingNumber: update.trackingNumber,
            trackingUrl: update.trackingUrl,
          });
          return;
        case "delivered":
          await adapter.markDelivered({ packageNumber: update.packageId, receivedAt: now(), receivedBy: "" });
          return;
        case "cancel_line":
          for (const line of update.lines)
            await adapter.cancelLine({ lineId: line.lineId, reasonId: Number(update.reasonId) });
          return;
        default:
          throw new ProviderError("invalid_request", `Hepsiburada does not take "${update.status}" from Köprü`);
      }
    },
  };
  return adapter;
}
