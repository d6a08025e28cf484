import { and, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { listings, listingStatus, products } from "@/db/schema";
import { foldedContains, productSearchText } from "@/db/schema/fold";
import { isMarketplace } from "./marketplaces";
import { PRODUCT_SORTS } from "./product-cursor";

export const PRODUCT_PAGE_SIZE = 50;

/** A listing status filter; `none` means "not listed on that marketplace yet". */
export const LISTING_FILTERS = [...listingStatus, "none"] as const;

const text = z.string().trim().max(200).optional();

/** The list's query string (`?q=&brand=&category=&active=&integration=&listing_status=&sort=&cursor=&limit=`). */
export const productListQuerySchema = z
  .object({
    q: text,
    brand: text,
    category: text,
    active: z.enum(["true", "false"]).optional(),
    integration: z.string().refine(isMarketplace, "Unknown marketplace").optional(),
    listing_status: z.enum(LISTING_FILTERS).optional(),
    sort: z.enum(PRODUCT_SORTS).default("updated"),
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(PRODUCT_PAGE_SIZE),
  })
  .refine((query) => !query.listing_status || query.integration, {
    path: ["listing_status"],
    message: "Choose a marketplace to filter by listing status",
  })
  .transform(({ q, brand, category, active, integration, listing_status, ...page }) => ({
    ...page,
    filters: {
      search: q,
      brand,
      category,
      isActive: active === undefined ? undefined : active === "true",
      integrationId: integration,
      listingStatus: listing_status,
    },
  }));

export type ProductListQuery = z.output<typeof productListQuerySchema>;
export type ProductFilters = Partial<ProductListQuery["filters"]>;

/** Query-string values with empty ones dropped, so `?brand=` means "any brand". */
export const searchParamsObject = (url: string) =>
  Object.fromEntries([...new URL(url).searchParams].filter(([, value]) => value.trim() !== ""));

function listingCondition(integrationId: string, status: (typeof LISTING_FILTERS)[number]): SQL {
  const sameProduct = sql`${listings.productId} = ${products.id} and ${listings.integrationId} = ${integrationId}`;
  return status === "none"
    ? sql`not exists (select 1 from ${listings} where ${sameProduct})`
    : sql`exists (select 1 from ${listings} where ${sameProduct} and ${listings.remoteStatus} = ${status})`;
}

export function productWhere(filters: ProductFilters): SQL | undefined {
  return and(
    // Turkish-aware and trigram-indexed: "tisort" finds "Tişört" (db/schema/fold.ts).
    filters.search ? foldedContains(productSearchText(products), filters.search) : undefined,
    filters.brand ? eq(products.brand, filters.brand) : undefined,
    filters.category ? eq(products.category, filters.category) : undefined,
    filters.isActive === undefined ? undefined : eq(products.isActive, filters.isActive),
    filters.integrationId && filters.listingStatus
      ? listingCondition(filters.integrationId, filters.listingStatus)
      : undefined,
  );
}
