import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, marketplaceCategoryMatches, products } from "@/db/schema";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import {
  cachedAttributes,
  categoryPaths,
  matchProblems,
  resolveMatch,
  type MatchLayer,
  type MatchProblem,
} from "./product-matches";
import { catalogRefreshedAt } from "./refresh-catalog";

const MAX_PRODUCTS_LISTED = 200;

export type QueueProduct = {
  id: number;
  sku: string;
  title: string;
  localCategory: string | null;
  categoryPath: string | null;
  problems: MatchProblem[];
  missingAttributes: string[];
};

/** The integration's own defaults (`default_category_id`, `default_brand_id`): the last fallback. */
export async function integrationDefaults(db: Db, integrationId: string): Promise<MatchLayer> {
  const { credentials } = await loadIntegrationCredentials<Record<string, string | undefined>>({
    db,
    id: integrationId,
  });
  return { categoryId: credentials.default_category_id ?? null, brandId: credentials.default_brand_id ?? null };
}

/**
 * One marketplace's matching work list: Köprü categories with their defaults, and the products that still miss a
 * leaf category, a brand or a required attribute, those with problems first.
 */
export async function listMatchingQueue(options: { db: Db; integrationId: string }) {
  const { db, integrationId } = options;
  const defaults = await integrationDefaults(db, integrationId);
  const [rows, matches, refreshedAt] = await Promise.all([
    db
      .select({ product: products, listing: listings })
      .from(products)
      .leftJoin(listings, and(eq(listings.productId, products.id), eq(listings.integrationId, integrationId)))
      .where(eq(products.isActive, true)),
    db.select().from(marketplaceCategoryMatches).where(eq(marketplaceCategoryMatches.integrationId, integrationId)),
    catalogRefreshedAt(db, integrationId),
  ]);
  const matchOf = new Map(matches.map((match) => [match.localCategory, match]));
  const layer = (match: (typeof matches)[number] | undefined): MatchLayer | null =>
    match ? { categoryId: match.remoteCategoryId, brandId: match.remoteBrandId, attributes: match.attributes } : null;

  const resolved = rows.map(({ product, listing }) => ({
    product,
    match: resolveMatch(
      listing
        ? { categoryId: listing.remoteCategoryId, brandId: listing.remoteBrandId, attributes: listing.remoteAttributes }
        : null,
      layer(matchOf.get(product.category ?? "")),
      defaults,
    ),
  }));
  const categoryIds = [
    ...new Set([...resolved.map((row) => row.match.categoryId), ...matches.map((m) => m.remoteCategoryId)]),
  ].filter((id): id is string => Boolean(id));
  const [attributes, paths] = await Promise.all([
    cachedAttributes(db, integrationId, categoryIds),
    categoryPaths(db, integrationId, categoryIds),
  ]);

  const queueProducts: QueueProduct[] = resolved.map(({ product, match }) => ({
    id: product.id,
    sku: product.sku,
    title: product.title,
    localCategory: product.category,
    categoryPath: match.categoryId ? (paths.get(match.categoryId) ?? match.categoryId) : null,
    ...matchProblems(match, match.categoryId ? attributes.get(match.categoryId) : undefined),
  }));

  const categories = new Map<string, { localCategory: string; productCount: number; withProblems: number }>();
  for (const product of queueProducts) {
    const key = product.localCategory ?? "";
    const entry = categories.get(key) ?? { localCategory: key, productCount: 0, withProblems: 0 };
    entry.productCount++;
    if (product.problems.length > 0) entry.withProblems++;
    categories.set(key, entry);
  }
  const categoryRows = [...categories.values()]
    .map((entry) => {
      const match = matchOf.get(entry.localCategory);
      return {
        ...entry,
        match: match
          ? {
              remoteCategoryId: match.remoteCategoryId,
              path: paths.get(match.remoteCategoryId) ?? match.remoteCategoryId,
              remoteBrandId: match.remoteBrandId,
              attributes: match.attributes,
            }
          : null,
      };
    })
    .sort((a, b) => Number(b.withProblems > 0) - Number(a.withProblems > 0) || b.productCount - a.productCount);
  const withProblems = queueProducts.filter((product) => product.problems.length > 0);
  const problemCounts: Partial<Record<MatchProblem, number>> = {};
  for (const product of withProblems)
    for (const problem of product.problems) problemCounts[problem] = (problemCounts[problem] ?? 0) + 1;
  return {
    integrationId,
    refreshedAt,
    counts: { products: queueProducts.length, withProblems: withProblems.length },
    problemCounts,
    categories: categoryRows,
    products: withProblems.slice(0, MAX_PRODUCTS_LISTED),
  };
}
