import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import type { RemoteBrand, RemoteCategory, RemoteCategoryAttribute } from "@/lib/providers/trendyol/lookups";
import { loadTrendyolAdapter } from "@/lib/integrations/load-trendyol-adapter";

/** What a marketplace offers for matching: its category tree, brands and each category's attributes. */
export type CatalogSource = {
  listCategories(): Promise<RemoteCategory[]>;
  listBrands(): AsyncIterable<RemoteBrand[]>;
  getCategoryAttributes(categoryId: string): Promise<RemoteCategoryAttribute[]>;
};

/** Marketplaces whose categories Köprü matches; another marketplace plugs in by adding its source here. */
export const MATCHING_MARKETPLACES = ["trendyol"] as const;

export async function loadCatalogSource(
  db: Db,
  integrationId: string,
  fetch?: typeof globalThis.fetch,
): Promise<CatalogSource> {
  if (integrationId === "trendyol") return loadTrendyolAdapter({ db, deps: { fetch } });
  throw new AppError("invalid_input", "This marketplace has no category matching yet", {
    messageKey: "errors.matching_unsupported",
    params: { marketplace: integrationId },
  });
}
