import { categoriesInUse, getCategoryAttributes } from "@/lib/marketplace-catalog/category-attributes";
import { loadCatalogSource } from "@/lib/marketplace-catalog/catalog-source";
import { refreshCatalog } from "@/lib/marketplace-catalog/refresh-catalog";
import { ProviderError } from "@/lib/errors";
import type { SyncContext } from "../sync-deps";
import { recordItems, setRunTotal } from "../sync-progress";

/** Categories whose attributes are re-read per step: a crash resumes after the last finished group. */
const ATTRIBUTE_GROUP = 25;

/**
 * catalog_in (weekly): re-reads the marketplace's category tree and brands, then the attributes of every category
 * Köprü uses (cached, or matched to a Köprü category or a product), so matching and product pushes work from a
 * current copy. A category the marketplace fails to answer for is recorded as failed and keeps its previous copy.
 */
export async function syncCatalogIn({ db, runId, integrationId, step, deps }: SyncContext): Promise<void> {
  await step.run("refresh-categories-brands", async () => {
    const source = await loadCatalogSource(db, integrationId, deps.fetch);
    const result = await refreshCatalog({ db, integrationId, source, now: deps.now?.() });
    await recordItems(db, runId, [
      {
        ref: "categories",
        action: "refresh",
        result: "succeeded",
        counter: "updated",
        message: `${result.categories} categories, ${result.brands} brands`,
      },
    ]);
    return { categories: result.categories, brands: result.brands };
  });
  const categoryIds = await step.run("list-used-categories", async () => {
    const ids = await categoriesInUse(db, integrationId);
    await setRunTotal(db, runId, ids.length + 1);
    return ids;
  });
  for (let start = 0; start < categoryIds.length; start += ATTRIBUTE_GROUP) {
    const group = categoryIds.slice(start, start + ATTRIBUTE_GROUP);
    await step.run(`refresh-attributes-${start}`, async () => {
      const source = await loadCatalogSource(db, integrationId, deps.fetch);
      for (const categoryId of group) {
        try {
          const attributes = await getCategoryAttributes({ db, integrationId, categoryId, source, force: true });
          await recordItems(db, runId, [
            {
              ref: `category ${categoryId}`,
              action: "refresh_attributes",
              result: "succeeded",
              counter: "updated",
              message: `${attributes.length} attributes`,
            },
          ]);
        } catch (error) {
          if (!(error instanceof ProviderError)) throw error;
          await recordItems(db, runId, [
            {
              ref: `category ${categoryId}`,
              action: "refresh_attributes",
              result: "failed",
              counter: "failed",
              message: error.message,
            },
          ]);
        }
      }
    });
  }
}
