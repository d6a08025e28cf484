import { asc, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { products } from "@/db/schema";
import { MARKETPLACES, type MarketplaceOption } from "./marketplaces";

const MAX_OPTIONS = 500;

export type ProductFacets = { brands: string[]; categories: string[]; marketplaces: MarketplaceOption[] };

/** The values the list's filters offer: brands and categories in use, and the marketplaces a product can be listed on. */
export async function listProductFacets(options: { db: Db }): Promise<ProductFacets> {
  const { db } = options;
  const [brands, categories] = await Promise.all([
    db
      .selectDistinct({ value: products.brand })
      .from(products)
      .where(isNotNull(products.brand))
      .orderBy(asc(products.brand))
      .limit(MAX_OPTIONS),
    db
      .selectDistinct({ value: products.category })
      .from(products)
      .where(isNotNull(products.category))
      .orderBy(asc(products.category))
      .limit(MAX_OPTIONS),
  ]);
  return {
    brands: brands.flatMap((row) => (row.value ? [row.value] : [])),
    categories: categories.flatMap((row) => (row.value ? [row.value] : [])),
    marketplaces: MARKETPLACES,
  };
}
