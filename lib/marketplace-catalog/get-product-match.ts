import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, marketplaceBrands, marketplaceCategoryMatches, products } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { cachedAttributes, categoryPaths, matchProblems, resolveMatch } from "./product-matches";
import { integrationDefaults } from "./list-matching-queue";

/** A product's match on one marketplace: its own values, what it inherits, the result and what is still missing. */
export async function getProductMatch(options: { db: Db; integrationId: string; productId: number }) {
  const { db, integrationId, productId } = options;
  const [product] = await db.select().from(products).where(eq(products.id, productId)).limit(1);
  if (!product) throw new AppError("not_found", "No such product", { messageKey: "errors.not_found" });
  const [[listing], [categoryMatch], defaults] = await Promise.all([
    db
      .select()
      .from(listings)
      .where(and(eq(listings.integrationId, integrationId), eq(listings.productId, productId)))
      .limit(1),
    db
      .select()
      .from(marketplaceCategoryMatches)
      .where(
        and(
          eq(marketplaceCategoryMatches.integrationId, integrationId),
          eq(marketplaceCategoryMatches.localCategory, product.category ?? ""),
        ),
      )
      .limit(1),
    integrationDefaults(db, integrationId),
  ]);
  const own = {
    categoryId: listing?.remoteCategoryId ?? null,
    brandId: listing?.remoteBrandId ?? null,
    attributes: listing?.remoteAttributes ?? [],
  };
  const inherited = categoryMatch
    ? {
        categoryId: categoryMatch.remoteCategoryId,
        brandId: categoryMatch.remoteBrandId,
        attributes: categoryMatch.attributes,
      }
    : null;
  const resolved = resolveMatch(own, inherited, defaults);
  const ids = resolved.categoryId ? [resolved.categoryId] : [];
  const [attributes, paths] = await Promise.all([
    cachedAttributes(db, integrationId, ids),
    categoryPaths(db, integrationId, ids),
  ]);
  const [brand] = resolved.brandId
    ? await db
        .select()
        .from(marketplaceBrands)
        .where(
          and(eq(marketplaceBrands.integrationId, integrationId), eq(marketplaceBrands.remoteId, resolved.brandId)),
        )
        .limit(1)
    : [];
  return {
    integrationId,
    productId,
    localCategory: product.category,
    own,
    inherited,
    resolved: {
      ...resolved,
      categoryPath: resolved.categoryId ? (paths.get(resolved.categoryId) ?? null) : null,
      brandName: brand?.name ?? null,
    },
    ...matchProblems(resolved, resolved.categoryId ? attributes.get(resolved.categoryId) : undefined),
  };
}
