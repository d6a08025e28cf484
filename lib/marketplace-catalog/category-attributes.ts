import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  listings,
  marketplaceCategories,
  marketplaceCategoryAttributes,
  marketplaceCategoryMatches,
  type CachedCategoryAttribute,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import { loadCatalogSource, type CatalogSource } from "./catalog-source";
import { CATALOG_MAX_AGE_MS } from "./refresh-catalog";

/** A leaf category's attributes from the cache, fetched from the marketplace when missing or older than a week. */
export async function getCategoryAttributes(options: {
  db: Db;
  integrationId: string;
  categoryId: string;
  source?: CatalogSource;
  now?: Date;
  /** Re-read from the marketplace even when the cached copy is fresh (the weekly catalog sync). */
  force?: boolean;
}): Promise<CachedCategoryAttribute[]> {
  const { db, integrationId, categoryId } = options;
  const now = options.now ?? new Date();
  const [category] = await db
    .select()
    .from(marketplaceCategories)
    .where(and(eq(marketplaceCategories.integrationId, integrationId), eq(marketplaceCategories.remoteId, categoryId)))
    .limit(1);
  if (!category)
    throw new AppError("not_found", "Unknown marketplace category", { messageKey: "errors.category_not_found" });
  if (!category.isLeaf)
    throw new AppError("invalid_input", "Products can only be listed on a leaf category", {
      messageKey: "errors.category_not_leaf",
      params: { path: category.path },
    });
  const [cached] = await db
    .select()
    .from(marketplaceCategoryAttributes)
    .where(
      and(
        eq(marketplaceCategoryAttributes.integrationId, integrationId),
        eq(marketplaceCategoryAttributes.categoryId, categoryId),
      ),
    )
    .limit(1);
  if (cached && !options.force && now.getTime() - cached.refreshedAt.getTime() < CATALOG_MAX_AGE_MS)
    return cached.attributes;
  const source = options.source ?? (await loadCatalogSource(db, integrationId));
  const attributes = await source.getCategoryAttributes(categoryId);
  await db
    .insert(marketplaceCategoryAttributes)
    .values({ integrationId, categoryId, attributes, refreshedAt: now })
    .onConflictDoUpdate({
      target: [marketplaceCategoryAttributes.integrationId, marketplaceCategoryAttributes.categoryId],
      set: { attributes, refreshedAt: now },
    });
  return attributes;
}

/** Names of required attributes without a usable value (a value from the list where free text is not allowed). */
export function missingRequiredAttributes(
  attributes: readonly CachedCategoryAttribute[],
  chosen: readonly { attributeId: string; valueIds?: string[]; text?: string }[],
): string[] {
  return attributes
    .filter((attribute) => attribute.isRequired)
    .filter((attribute) => {
      const choice = chosen.find((candidate) => candidate.attributeId === attribute.attributeId);
      const ids = (choice?.valueIds ?? []).filter((id) => attribute.values.some((value) => value.id === id));
      if (ids.length > 0) return false;
      return !(attribute.allowsCustom && choice?.text?.trim());
    })
    .map((attribute) => attribute.name);
}

/** Leaf categories whose attributes Köprü keeps: already cached, or matched to a Köprü category or product. */
export async function categoriesInUse(db: Db, integrationId: string): Promise<string[]> {
  const [cached, byCategory, byProduct] = await Promise.all([
    db
      .select({ id: marketplaceCategoryAttributes.categoryId })
      .from(marketplaceCategoryAttributes)
      .where(eq(marketplaceCategoryAttributes.integrationId, integrationId)),
    db
      .select({ id: marketplaceCategoryMatches.remoteCategoryId })
      .from(marketplaceCategoryMatches)
      .where(eq(marketplaceCategoryMatches.integrationId, integrationId)),
    db
      .selectDistinct({ id: listings.remoteCategoryId })
      .from(listings)
      .where(eq(listings.integrationId, integrationId)),
  ]);
  const ids = [...new Set([...cached, ...byCategory, ...byProduct].map((row) => row.id).filter((id) => id !== null))];
  if (ids.length === 0) return [];
  // Only categories the refreshed tree still has as leaves: a retired category has no attributes to read.
  const leaves = await db
    .select({ id: marketplaceCategories.remoteId })
    .from(marketplaceCategories)
    .where(
      and(
        eq(marketplaceCategories.integrationId, integrationId),
        eq(marketplaceCategories.isLeaf, true),
        inArray(marketplaceCategories.remoteId, ids),
      ),
    );
  return leaves.map((row) => row.id).sort();
}
