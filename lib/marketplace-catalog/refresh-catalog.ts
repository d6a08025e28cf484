import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { marketplaceBrands, marketplaceCategories } from "@/db/schema";
import { loadCatalogSource, type CatalogSource } from "./catalog-source";

/** Trendyol asks integrators to refresh categories, brands and attributes weekly. */
export const CATALOG_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const CHUNK = 1000;

/**
 * Re-reads a marketplace's category tree and brands into the cache. Rows are upserted with a fresh stamp, then rows
 * the marketplace no longer has (older stamp) are removed: a failed refresh leaves the previous cache intact.
 */
export async function refreshCatalog(options: { db: Db; integrationId: string; source?: CatalogSource; now?: Date }) {
  const { db, integrationId } = options;
  const source = options.source ?? (await loadCatalogSource(db, integrationId));
  const stamp = options.now ?? new Date();
  const categories = await source.listCategories();
  for (let start = 0; start < categories.length; start += CHUNK) {
    const rows = categories.slice(start, start + CHUNK).map((category) => ({
      integrationId,
      remoteId: category.id,
      parentId: category.parentId,
      name: category.name,
      path: category.path,
      isLeaf: category.isLeaf,
      refreshedAt: stamp,
    }));
    await db
      .insert(marketplaceCategories)
      .values(rows)
      .onConflictDoUpdate({
        target: [marketplaceCategories.integrationId, marketplaceCategories.remoteId],
        set: {
          parentId: sql`excluded.parent_id`,
          name: sql`excluded.name`,
          path: sql`excluded.path`,
          isLeaf: sql`excluded.is_leaf`,
          refreshedAt: stamp,
        },
      });
  }
  let brandCount = 0;
  for await (const page of source.listBrands()) {
    brandCount += page.length;
    await db
      .insert(marketplaceBrands)
      .values(page.map((brand) => ({ integrationId, remoteId: brand.id, name: brand.name, refreshedAt: stamp })))
      .onConflictDoUpdate({
        target: [marketplaceBrands.integrationId, marketplaceBrands.remoteId],
        set: { name: sql`excluded.name`, refreshedAt: stamp },
      });
  }
  await db
    .delete(marketplaceCategories)
    .where(and(eq(marketplaceCategories.integrationId, integrationId), lt(marketplaceCategories.refreshedAt, stamp)));
  await db
    .delete(marketplaceBrands)
    .where(and(eq(marketplaceBrands.integrationId, integrationId), lt(marketplaceBrands.refreshedAt, stamp)));
  return { categories: categories.length, brands: brandCount, refreshedAt: stamp };
}

/** When the cache was last filled (null if never). */
export async function catalogRefreshedAt(db: Db, integrationId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | null>`max(${marketplaceCategories.refreshedAt})` })
    .from(marketplaceCategories)
    .where(eq(marketplaceCategories.integrationId, integrationId));
  return row?.at ? new Date(row.at) : null;
}
