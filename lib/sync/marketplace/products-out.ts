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
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import { getProvider } from "@/lib/providers/registry";
import type { BatchItemResult, PushReceipt } from "@/lib/providers/marketplace";
import { settlePush } from "../poll-batches";
import type { SyncContext } from "../sync-deps";
import { recordItems, setRunTotal, type ItemOutcome } from "../sync-progress";
import { applyBatchResults } from "./apply-batch-results";

type Candidate = {
  product: Product;
  listing: {
    remoteStatus: string;
    remoteBrandId: string | null;
    remoteCategoryId: string | null;
    remoteRefs: Record<string, string>;
    remoteAttributes: AttributeValueChoice[] | null;
  } | null;
};
type Matches = Map<string, MarketplaceCategoryMatch>;
type CatalogDefaults = { remoteBrandId?: string; remoteCategoryId?: string };

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

function toMarketplaceProduct(candidate: Candidate, defaults: CatalogDefaults, matches: Matches): MarketplaceProduct {
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
    { categoryId: defaults.remoteCategoryId, brandId: defaults.remoteBrandId },
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
    remoteRefs: listing?.remoteRefs,
  };
}

/** products_out: creates or updates listings on the marketplace, then records its per-item verdicts. */
export async function syncProductsOut({ db, runId, integrationId, options, step, deps }: SyncContext): Promise<void> {
  const adapter = await loadMarketplaceAdapter({ db, integrationId, deps });
  const pushProducts = adapter.pushProducts?.bind(adapter);
  if (!pushProducts) throw new Error(`${integrationId} cannot receive products`);
  const defaults = adapter.productDefaults ?? { requiresBrandAndCategory: false };
  const marketplace = getProvider(integrationId)?.displayName ?? integrationId;
  const pushed = await step.run("push-products", async () => {
    const candidates = await selectCandidates(db, integrationId, options.onlySkus);
    await setRunTotal(db, runId, candidates.length);
    const matchRows = await db
      .select()
      .from(marketplaceCategoryMatches)
      .where(eq(marketplaceCategoryMatches.integrationId, integrationId));
    const matches: Matches = new Map(matchRows.map((row) => [row.localCategory, row]));
    const items = candidates.map((candidate) => toMarketplaceProduct(candidate, defaults, matches));
    const categoryIds = [...new Set(items.map((item) => item.remoteCategoryId).filter((id): id is string => !!id))];
    const attributesByCategory = await cachedAttributes(db, integrationId, categoryIds);
    const unmapped: ItemOutcome[] = [];
    const ready = { create: [] as MarketplaceProduct[], update: [] as MarketplaceProduct[] };
    for (const [index, candidate] of candidates.entries()) {
      const item = items[index]!;
      if (defaults.requiresBrandAndCategory && (!item.remoteBrandId || !item.remoteCategoryId)) {
        const message = `Map a ${marketplace} brand and category (or set defaults on the integration) before sending`;
        unmapped.push({
          ref: item.sku,
          action: "create",
          result: "failed",
          counter: "failed",
          message,
          messageKey: "syncUi.itemErrors.unmapped",
          messageParams: { marketplace },
        });
        continue;
      }
      // Where the category's attributes are cached, a product missing a required one is not sent to be refused.
      const known = item.remoteCategoryId ? attributesByCategory.get(item.remoteCategoryId) : undefined;
      const missing = known ? missingRequiredAttributes(known, item.remoteAttributes ?? []) : [];
      if (missing.length > 0) {
        const message = `Fill the required ${marketplace} attributes: ${missing.join(", ")}`;
        unmapped.push({
          ref: item.sku,
          action: "create",
          result: "failed",
          counter: "failed",
          message,
          messageKey: "syncUi.itemErrors.missingAttributes",
          messageParams: { marketplace, attributes: missing.join(", ") },
        });
        continue;
      }
      ready[candidate.listing?.remoteStatus === "active" ? "update" : "create"].push(item);
    }
    await recordItems(db, runId, unmapped);
    const receipts: PushReceipt[] = [];
    if (ready.create.length) receipts.push(await pushProducts(ready.create, { mode: "create" }));
    if (ready.update.length) receipts.push(await pushProducts(ready.update, { mode: "update" }));
    await upsertPendingListings(db, integrationId, [...ready.create, ...ready.update], candidates);
    return { receipts, createdSkus: ready.create.map((item) => item.sku) };
  });

  const results: BatchItemResult[] = [];
  for (const receipt of pushed.receipts) {
    results.push(...(await settlePush({ adapter, receipt, step, pollIntervalMs: deps.pollIntervalMs })));
  }
  await step.run("record-results", () =>
    applyBatchResults({
      db,
      runId,
      integrationId,
      results,
      createdSkus: new Set(pushed.createdSkus),
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
