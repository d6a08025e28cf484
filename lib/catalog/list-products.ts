import { and, asc, desc, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, products, type Listing } from "@/db/schema";
import { decodeCursor, encodeCursor, type ProductCursor, type ProductSort } from "./product-cursor";
import { PRODUCT_PAGE_SIZE, productWhere, type ProductFilters } from "./product-filters";
import { toProductView, type ProductPage } from "./product-view";

/** updated_at printed in UTC to the microsecond, the form the cursor carries. */
const UPDATED_AT_TEXT = sql<string>`to_char(${products.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function afterCursor(cursor: ProductCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  if (cursor.s === "id") return gt(products.id, cursor.i);
  return sql`(${products.updatedAt}, ${products.id}) < (${cursor.t}::timestamptz, ${cursor.i})`;
}

async function listingsByProduct(db: Db, productIds: number[]): Promise<Map<number, Listing[]>> {
  const byProduct = new Map<number, Listing[]>();
  if (productIds.length === 0) return byProduct;
  const rows = await db
    .select()
    .from(listings)
    .where(inArray(listings.productId, productIds))
    .orderBy(asc(listings.integrationId));
  for (const row of rows) byProduct.set(row.productId, [...(byProduct.get(row.productId) ?? []), row]);
  return byProduct;
}

/**
 * One page of products, newest change first (`updated`) or by id. Keyset-paginated: pass `next_cursor` back as
 * `cursor` for the next page; it is null on the last one. Every product appears exactly once across the pages
 * unless it changes meanwhile (a changed product moves to the top of the `updated` order).
 */
export async function listProducts(options: {
  db: Db;
  filters?: ProductFilters;
  sort?: ProductSort;
  cursor?: string;
  limit?: number;
}): Promise<ProductPage> {
  const { db, filters = {}, sort = "updated", limit = PRODUCT_PAGE_SIZE } = options;
  const cursor = options.cursor ? decodeCursor(options.cursor, sort) : undefined;
  const rows = await db
    .select({ product: products, updatedAtText: UPDATED_AT_TEXT })
    .from(products)
    .where(and(productWhere(filters), afterCursor(cursor)))
    .orderBy(...(sort === "id" ? [asc(products.id)] : [desc(products.updatedAt), desc(products.id)]))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  const byProduct = await listingsByProduct(
    db,
    page.map((row) => row.product.id),
  );
  return {
    items: page.map(({ product }) => toProductView(product, byProduct.get(product.id) ?? [])),
    next_cursor: hasMore
      ? encodeCursor(
          sort === "id" ? { s: "id", i: last.product.id } : { s: "updated", t: last.updatedAtText, i: last.product.id },
        )
      : null,
  };
}
