import { ProviderError } from "@/lib/errors";
import type { MarketplaceOrder, PackageStatusUpdate } from "@/lib/providers/marketplace";
import type { TrendyolClient } from "./client";
import {
  chunk,
  isShippablePackage,
  splitWindows,
  toIntegerId,
  toLineRefs,
  toMarketplaceOrder,
  toPackageStatusBody,
} from "./transform";
import { shipmentPackageSchema } from "./wire";

/** Stream and look-up windows may span at most 14 days. */
export const ORDER_WINDOW_MAX_MS = 14 * 24 * 60 * 60 * 1000;
/** `/v2/orders` serves only the last month, and at most 10,000 records per filter. */
export const ORDER_LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000;
export const ORDER_LOOKUP_MAX_RECORDS = 10_000;
const LOOKBACK_MARGIN_MS = 60 * 60 * 1000;
export const ORDER_PAGE_SIZE = 200;
const LOOKUP_MAX_PACKAGE_IDS = 50;
/** Trendyol asks for at least 5 s between stream calls. */
export const STREAM_PACE_MS = 5_000;

const PHONE_NUMBER = /^\+?[\d\s()-]{7,20}$/;

/** Reasons Trendyol accepts for an unsupplied line (500 = out of stock). */
export const UNSUPPLIED_REASONS = [500, 501, 502, 504, 505, 506] as const;

export type TrendyolOrdersConfig = { streamPaceMs?: number; now?: () => number };

export function createTrendyolOrders(client: TrendyolClient, config: TrendyolOrdersConfig = {}) {
  const seller = `/integration/order/sellers/${encodeURIComponent(client.sellerId)}`;
  const packagePath = (packageId: string) => `${seller}/shipment-packages/${encodeURIComponent(packageId)}`;
  const now = config.now ?? Date.now;

  const api = {
    /**
     * Packages modified in [since, until] through getShipmentPackagesStream: 14-day windows oldest first, each walked
     * with its cursor (newest first within a window). Awaiting packages (stock reservations) are left out.
     */
    async *listOrders({ since, until }: { since: Date; until: Date }): AsyncGenerator<MarketplaceOrder> {
      for (const window of splitWindows(since.getTime(), until.getTime(), ORDER_WINDOW_MAX_MS)) {
        const pages = client.stream({
          path: `${seller}/orders/stream`,
          query: { size: ORDER_PAGE_SIZE, lastModifiedStartDate: window.startMs, lastModifiedEndDate: window.endMs },
          itemSchema: shipmentPackageSchema,
          paceMs: config.streamPaceMs ?? STREAM_PACE_MS,
        });
        for await (const page of pages) yield* page.filter(isShippablePackage).map(toMarketplaceOrder);
      }
    },

    /**
     * Look-up by order number or package ids through `/v2/orders` (the last month only, 14-day windows, newest
     * first; at most 50 package ids per call and 10,000 records per filter).
     */
    async getOrderPackages(filter: { orderNumber?: string; packageIds?: string[] }): Promise<MarketplaceOrder[]> {
      const end = now();
      // A margin inside the month, so a window computed here is not past the limit by the time Trendyol checks it.
      const windows = splitWindows(end - ORDER_LOOKBACK_MS + LOOKBACK_MARGIN_MS, end, ORDER_WINDOW_MAX_MS).reverse();
      const idGroups = filter.packageIds ? chunk(filter.packageIds, LOOKUP_MAX_PACKAGE_IDS) : [undefined];
      const found = new Map<string, MarketplaceOrder>();
      for (const ids of idGroups) {
        for (const window of windows) {
          const pages = client.paginate({
            path: `${seller}/v2/orders`,
            query: {
              startDate: window.startMs,
              endDate: window.endMs,
              orderNumber: filter.orderNumber,
              shipmentPackageIds: ids?.join(","),
              orderByField: "PackageLastModifiedDate",
              orderByDirection: "DESC",
            },
            size: ORDER_PAGE_SIZE,
            itemSchema: shipmentPackageSchema,
            maxRecords: ORDER_LOOKUP_MAX_RECORDS,
          });
          for await (const page of pages)
            for (const pkg of page) found.set(pkg.shipmentPackageId, toMarketplaceOrder(pkg));
          if (ids && ids.every((id) => found.has(id))) break;
        }
      }
      return [...found.values()];
    },

    async getPackage(packageId: string): Promise<MarketplaceOrder | null> {
      const [found] = await api.getOrderPackages({ packageIds: [packageId] });
      return found ?? null;
    },

    /**
     * Picking, then Invoiced with the invoice number (Trendyol refuses Invoiced before Picking); unsupplied with one
     * of Trendyol's reasons; shipped by the merchant's own cargo as an alternative delivery (a tracking link, or a
     * phone number when there is no link). update-tracking-number is deprecated for TR and never used.
     */
    async updatePackageStatus(update: PackageStatusUpdate) {
      if (update.status === "unsupplied") return api.markUnsupplied({ ...update, reasonId: Number(update.reasonId) });
      if (update.status === "shipped") {
        const isPhoneNumber = !update.trackingUrl;
        if (isPhoneNumber && !PHONE_NUMBER.test(update.trackingNumber))
          throw new ProviderError(
            "invalid_request",
            "Trendyol needs a tracking link (or a phone number) for own cargo",
          );
        return api.sendAlternativeDelivery({
          packageId: update.packageId,
          trackingInfo: update.trackingUrl ?? update.trackingNumber,
          isPhoneNumber,
        });
      }
      await client.send({ method: "PUT", path: packagePath(update.packageId), body: toPackageStatusBody(update) });
    },

    async markUnsupplied(input: {
      packageId: string;
      lines: { lineId: string; quantity: number }[];
      reasonId: number;
    }) {
      if (!(UNSUPPLIED_REASONS as readonly number[]).includes(input.reasonId))
        throw new ProviderError("invalid_request", `Trendyol has no unsupplied reason ${input.reasonId}`);
      await client.send({
        method: "PUT",
        path: `${packagePath(input.packageId)}/items/unsupplied`,
        body: { lines: toLineRefs(input.lines), reasonId: input.reasonId },
      });
    },

    /** Own cargo: a tracking link, or a phone number for hand delivery. The package becomes Shipped. */
    async sendAlternativeDelivery(input: {
      packageId: string;
      trackingInfo: string;
      isPhoneNumber: boolean;
      boxQuantity?: number;
      deci?: number;
    }) {
      const { packageId, ...body } = input;
      await client.send({
        method: "PUT",
        path: `${packagePath(packageId)}/alternative-delivery`,
        body: { ...body, params: {} },
      });
    },

    /** Registers the e-invoice link on a package (the link must stay reachable for 10 years). */
    async sendInvoiceLink(input: {
      packageId: string;
      invoiceUrl: string;
      invoiceNumber?: string;
      invoiceDate?: Date;
    }) {
      await client.send({
        method: "POST",
        path: `/integration/sellers/${encodeURIComponent(client.sellerId)}/seller-invoice-links`,
        body: {
          invoiceLink: input.invoiceUrl,
          shipmentPackageId: toIntegerId(input.packageId) ?? input.packageId,
          invoiceNumber: input.invoiceNumber,
          invoiceDateTime: input.invoiceDate?.getTime(),
        },
      });
    },
  };
  return api;
}
