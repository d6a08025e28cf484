import { z } from "zod";
import { ProviderError } from "@/lib/errors";
import type { MarketplaceProduct, PriceStockUpdate } from "@/lib/providers/marketplace";
import type { TrendyolClient } from "./client";
import { isDuplicateRequestError } from "./client";
import {
  chunk,
  toBatchResult,
  toContentUpdateItem,
  toMarketplaceProduct,
  toPriceInventoryItem,
  toProductV2Item,
  toVariantUpdateItem,
} from "./transform";
import type { ProductDefaults } from "./transform";
import { approvedPageSchema, batchRequestIdSchema, batchResultSchema, productStateSchema } from "./wire";

/** Items per product or price-and-inventory request. */
export const BATCH_ITEM_LIMIT = 1000;
/** The approved-products filter serves pages of at most 100 and page × size ≤ 10,000; then `nextPageToken`. */
const APPROVED_PAGE_SIZE = 100;
const OFFSET_PAGING_LIMIT = 10_000;
const DEFAULT_PRODUCT_DEFAULTS: ProductDefaults = { dimensionalWeight: 1 };

/**
 * A content update batch is keyed by contentId, not barcode; the reference Köprü polls carries the contentId →
 * barcode map so verdicts land on the right listing from any process (`<batchRequestId>#<base64url JSON>`).
 */
function encodeBatchRef(batchRequestId: string, barcodes?: Record<string, string>) {
  if (!barcodes) return batchRequestId;
  return `${batchRequestId}#${Buffer.from(JSON.stringify(barcodes)).toString("base64url")}`;
}
function decodeBatchRef(ref: string): { batchRequestId: string; barcodes: Record<string, string> } {
  const [batchRequestId = ref, encoded] = ref.split("#");
  if (!encoded) return { batchRequestId, barcodes: {} };
  try {
    return { batchRequestId, barcodes: JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) };
  } catch {
    return { batchRequestId, barcodes: {} };
  }
}

export function createTrendyolProducts(client: TrendyolClient, defaults: ProductDefaults = DEFAULT_PRODUCT_DEFAULTS) {
  const seller = encodeURIComponent(client.sellerId);
  const productsPath = `/integration/product/sellers/${seller}/products`;
  const v2Path = `/integration/product/sellers/${seller}/v2/products`;

  /**
   * One request per chunk, in order. A chunk Trendyol rejects as identical to one sent in the last 15 minutes is
   * already queued there, so it is skipped rather than failing the run; its batch id belongs to the earlier call.
   */
  async function sendInBatches(path: string, items: readonly unknown[], keyOf?: (item: unknown) => [string, string]) {
    const refs: string[] = [];
    for (const batch of chunk(items, BATCH_ITEM_LIMIT)) {
      try {
        const { batchRequestId } = await client.request({
          method: "POST",
          path,
          body: { items: batch },
          schema: batchRequestIdSchema,
        });
        refs.push(encodeBatchRef(batchRequestId, keyOf ? Object.fromEntries(batch.map(keyOf)) : undefined));
      } catch (error) {
        if (!isDuplicateRequestError(error)) throw error;
      }
    }
    return refs;
  }

  /** Draft or approved (with its contentId), or unknown to Trendyol. */
  async function productState(barcode: string) {
    try {
      return await client.request({
        path: `/integration/product/sellers/${seller}/product/${encodeURIComponent(barcode)}`,
        schema: productStateSchema,
      });
    } catch (error) {
      if (error instanceof ProviderError && error.kind === "not_found") return null;
      throw error;
    }
  }

  return {
    async testConnection() {
      await client.request({
        path: `${productsPath}/approved`,
        query: { page: 0, size: 1 },
        schema: z.looseObject({ totalElements: z.number() }),
      });
    },

    async *listProducts(): AsyncGenerator<MarketplaceProduct> {
      let token: string | undefined;
      for (let page = 0; ; page++) {
        const usesToken = (page + 1) * APPROVED_PAGE_SIZE > OFFSET_PAGING_LIMIT;
        if (usesToken && !token) return;
        const envelope = await client.request({
          path: `${productsPath}/approved`,
          query: usesToken ? { size: APPROVED_PAGE_SIZE, nextPageToken: token } : { page, size: APPROVED_PAGE_SIZE },
          schema: approvedPageSchema,
        });
        for (const content of envelope.content) yield* toMarketplaceProduct(content);
        token = envelope.nextPageToken ?? undefined;
        if (envelope.content.length === 0 || (!usesToken && page + 1 >= envelope.totalPages)) return;
      }
    },

    /**
     * Create through Product V2. Update: drafts through `unapproved-bulk-update` (the full item), approved products
     * through `content-bulk-update` (by contentId) and `variant-bulk-update` (by barcode); barcodes Trendyol does not
     * know are created. Returns references to poll with getBatchResult.
     */
    async pushProducts(products: MarketplaceProduct[], options?: { mode?: "create" | "update" }): Promise<string[]> {
      if (options?.mode !== "update")
        return sendInBatches(
          v2Path,
          products.map((p) => toProductV2Item(p, defaults)),
        );
      const drafts: MarketplaceProduct[] = [];
      const approved: { product: MarketplaceProduct; contentId: string }[] = [];
      const unknown: MarketplaceProduct[] = [];
      for (const product of products) {
        const state = await productState(product.barcode);
        if (!state) unknown.push(product);
        else if (state.approved && state.contentId) approved.push({ product, contentId: state.contentId });
        else drafts.push(product);
      }
      const barcodeByContent = new Map(approved.map(({ product, contentId }) => [contentId, product.barcode]));
      return [
        ...(await sendInBatches(
          v2Path,
          unknown.map((p) => toProductV2Item(p, defaults)),
        )),
        ...(await sendInBatches(
          `${productsPath}/unapproved-bulk-update`,
          drafts.map((p) => toProductV2Item(p, defaults)),
        )),
        ...(await sendInBatches(
          `${productsPath}/content-bulk-update`,
          approved.map(({ product, contentId }) => toContentUpdateItem(product, contentId)),
          (item) => {
            const contentId = String((item as { contentId: number | string }).contentId);
            return [contentId, barcodeByContent.get(contentId) ?? ""];
          },
        )),
        ...(await sendInBatches(
          `${productsPath}/variant-bulk-update`,
          approved.map(({ product }) => toVariantUpdateItem(product, defaults)),
        )),
      ];
    },

    async pushPriceStock(updates: PriceStockUpdate[], batchSize = BATCH_ITEM_LIMIT): Promise<string[]> {
      const path = `/integration/inventory/sellers/${seller}/products/price-and-inventory`;
      const refs: string[] = [];
      for (const part of chunk(updates.map(toPriceInventoryItem), Math.min(batchSize, BATCH_ITEM_LIMIT)))
        refs.push(...(await sendInBatches(path, part)));
      return refs;
    },

    async getBatchResult(ref: string) {
      const { batchRequestId, barcodes } = decodeBatchRef(ref);
      const path = `${productsPath}/batch-requests/${encodeURIComponent(batchRequestId)}`;
      const result = toBatchResult(await client.request({ path, schema: batchResultSchema }), (id) => barcodes[id]);
      return { ...result, batchId: ref };
    },
  };
}
