import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  listings,
  marketplaceCategoryMatches,
  products,
  type AttributeValueChoice,
  type MarketplaceCategoryMatch,
  type Product,
} from "@/db/schema";
import { missingRequiredAttributes } from "@/lib/marketplace-catalog/category-attributes";
import { cachedAttributes, resolveMatch } from "@/lib/marketplace-catalog/product-matches";
import type { MarketplaceProduct } from "@/lib/providers/marketplace";
import { pollBatches } from "../poll-batches";
import type { SyncContext } from "../sync-deps";
import { recordItems, setRunTotal, type ItemOutcome } from "../sync-progress";
import { applyBatchResults } from "./apply-batch-results";
import { loadTrendyolAdapter, type TrendyolSettings } from "./trendyol-adapter";

type Candidate = {
  product: Product;
  listing: {
    remoteStatus: string;
    remoteBrandId: string | null;
    remoteCategoryId: string | null;
    remoteAttributes: AttributeValueChoice[] | null;
  } | null;
};
type Matches = Map<string, MarketplaceCategoryMatch>;

/** Products that are new to the marketplace, changed since the last push, or failed last time. */
async function selectCandidates(db: Db, integrationId: string, onlySkus?: string[]): Promise<Candidate[]> {
  const rows = await db
    .select({ product: products, listing: listings })
    .from(products)
    .leftJoin(listings, and(eq(listings.productId, products.id), eq(listings.integrationId, integrationId)))
    .where(and(eq(products.isActive, true), onlySkus ? inArray(products.sku, onlySkus) : undefined));
  return rows.filter(
    ({ product, listing }) =>
      !listing ||
      listing.remoteStatus !== "active" ||
      !listing.lastPushedAt ||
      product.updatedAt > listing.lastPushedAt,
  );
}

function toMarketplaceProduct(candidate: Candidate, settings: TrendyolSettings, matches: Matches): MarketplaceProduct {
  const { product, listing } = candidate;
  const categoryMatch = matches.get(product.category ?? "");
  const match = resolveMatch(
    listing
      ? { categoryId: listing.remoteCategoryId, brandId: listing.remoteBrandId, attributes: listing.remoteAttributes }
      : null,
    categoryMatch
      ? {
          categoryId: categoryMatch.remoteCategoryId,
          brandId: categoryMatch.remoteBrandId,
          attributes: categoryMatch.attributes,
        }
      : null,
    { categoryId: settings.defaultCategoryId, brandId: settings.defaultBrandId },
  );
  return {
    sku: product.sku,
    barcode: product.barcode ?? product.sku,
    title: product.title,
    description: product.description ?? product.title,
    brand: product.brand ?? "",
    category: product.category ?? "",
    vatRate: product.vatRate,
    listPriceKurus: product.listPrice,
    salePriceKurus: product.salePrice,
    currency: product.currency,
    stock: product.stock,
    images: product.images,
    remoteBrandId: match.brandId ?? undefined,
    remoteCategoryId: match.categoryId ?? undefined,
    remoteAttributes: match.attributes,
  };
}

/** products_out: creates or updates listings on Trendyol, then records Trendyol's per-item verdicts. */
export async function syncTrendyolProductsOut({
  db,
  runId,
  integrationId,
  options,
  step,
  deps,
}: SyncContext): Promise<void> {
  const { adapter, settings } = await loadTrendyolAdapter(db, integrationId, deps);
  const batches = await step.run("push-products", async () => {
    const candidates = await selectCandidates(db, integrationId, options.onlySkus);
    await setRunTotal(db, runId, candidates.length);
    const matchRows = await db
      .select()
      .from(marketplaceCategoryMatches)
      .where(eq(marketplaceCategoryMatches.integrationId, integrationId));
    const matches: Matches = new Map(matchRows.map((row) => [row.localCategory, row]));
    const items = candidates.map((candidate) => toMarketplaceProduct(candidate, settings, matches));
    const categoryIds = [...new Set(items.map((item) => item.remoteCategoryId).filter((id): id is string => !!id))];
    const attributesByCategory = await cachedAttributes(db, integrationId, categoryIds);
    const unmapped: ItemOutcome[] = [];
    const ready = { create: [] as MarketplaceProduct[], update: [] as MarketplaceProduct[] };
    for (const [index, candidate] of candidates.entries()) {
      const item = items[index]!;
      if (!item.remoteBrandId || !item.remoteCategoryId) {
        const message = "Map a Trendyol brand and category (or set defaults on the integration) before sending";
        unmapped.push({ ref: item.sku, action: "create", result: "failed", counter: "failed", message });
        continue;
      }
      // Where the category's attributes are cached, a product missing a required one is not sent to be refused.
      const known = attributesByCategory.get(item.remoteCategoryId);
      const missing = known ? missingRequiredAttributes(known, item.remoteAttributes ?? []) : [];
      if (missing.length > 0) {
        const message = `Fill the required Trendyol attributes: ${missing.join(", ")}`;
        unmapped.push({ ref: item.sku, action: "create", result: "failed", counter: "failed", message });
        continue;
      }
      ready[candidate.listing?.remoteStatus === "active" ? "update" : "create"].push(item);
    }
    await recordItems(db, runId, unmapped);
    const createIds = ready.create.length ? await adapter.pushProducts(ready.create, { mode: "create" }) : [];
    const updateIds = ready.update.length ? await adapter.pushProducts(ready.update, { mode: "update" }) : [];
    await upsertPendingListings(db, integrationId, [...ready.create, ...ready.update], candidates);
    return { batchIds: [...createIds, ...updateIds], createdSkus: ready.create.map((item) => item.sku) };
  });

  const results = await pollBatches({ adapter, batchIds: batches.batchIds, step, pollIntervalMs: deps.pollIntervalMs });
  await step.run("record-results", () =>
    applyBatchResults({
      db,
      runId,
      integrationId,
      results,
      createdSkus: new Set(batches.createdSkus),
      kind: "products",
    }),
  );
}

async function upsertPendingListings(
  db: Db,
  integrationId: string,
  items: MarketplaceProduct[],
  candidates: Candidate[],
) {
  const productIds = new Map(candidates.map(({ product }) => [product.sku, product.id]));
  for (let start = 0; start < items.length; start += 500) {
    const values = items.slice(start, start + 500).map((item) => ({
      integrationId,
      productId: productIds.get(item.sku)!,
      sku: item.sku,
      remoteId: item.barcode,
      remoteBrandId: item.remoteBrandId ?? null,
      remoteCategoryId: item.remoteCategoryId ?? null,
      updatedAt: new Date(),
    }));
    await db
      .insert(listings)
      .values(values)
      .onConflictDoNothing({ target: [listings.integrationId, listings.sku] });
  }
}
