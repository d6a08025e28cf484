import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  listings,
  marketplaceBrands,
  marketplaceCategories,
  marketplaceCategoryAttributes,
  marketplaceCategoryMatches,
  products,
  type AttributeValueChoice,
  type CachedCategoryAttribute,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getCategoryAttributes, missingRequiredAttributes } from "./category-attributes";

export const attributeChoicesSchema = z
  .array(
    z.object({
      attributeId: z.string().min(1),
      valueIds: z.array(z.string().min(1)).optional(),
      text: z.string().trim().max(500).optional(),
    }),
  )
  .max(200);

export type MatchLayer = {
  categoryId?: string | null;
  brandId?: string | null;
  attributes?: AttributeValueChoice[] | null;
};
export type ResolvedMatch = { categoryId: string | null; brandId: string | null; attributes: AttributeValueChoice[] };

/**
 * The product's own match wins over its Köprü category's defaults, which win over the integration's defaults.
 * Attributes merge per attribute id the same way.
 */
export function resolveMatch(
  product: MatchLayer | null,
  category: MatchLayer | null,
  integration: MatchLayer,
): ResolvedMatch {
  const attributes = new Map<string, AttributeValueChoice>();
  for (const layer of [integration, category, product])
    for (const choice of layer?.attributes ?? []) attributes.set(choice.attributeId, choice);
  return {
    categoryId: product?.categoryId || category?.categoryId || integration.categoryId || null,
    brandId: product?.brandId || category?.brandId || integration.brandId || null,
    attributes: [...attributes.values()],
  };
}

/** Checks a match against the cache: a leaf category, a known brand, and values from the list where required. */
async function validateMatch(
  db: Db,
  integrationId: string,
  match: { categoryId: string; brandId?: string | null; attributes: AttributeValueChoice[] },
) {
  const attributes = await getCategoryAttributes({ db, integrationId, categoryId: match.categoryId });
  if (match.brandId) {
    const [brand] = await db
      .select()
      .from(marketplaceBrands)
      .where(and(eq(marketplaceBrands.integrationId, integrationId), eq(marketplaceBrands.remoteId, match.brandId)))
      .limit(1);
    if (!brand)
      throw new AppError("invalid_input", "Unknown marketplace brand", { messageKey: "errors.brand_not_found" });
  }
  for (const choice of match.attributes) {
    const attribute = attributes.find((candidate) => candidate.attributeId === choice.attributeId);
    if (!attribute) continue;
    const unknown = (choice.valueIds ?? []).some((id) => !attribute.values.some((value) => value.id === id));
    if (unknown || (!attribute.allowsCustom && choice.text?.trim()))
      throw new AppError("invalid_input", `Choose ${attribute.name} from the marketplace's list`, {
        messageKey: "errors.attribute_value_from_list",
        params: { attribute: attribute.name },
      });
  }
  return attributes;
}

export const categoryMatchSchema = z.object({
  localCategory: z.string().trim().min(1).max(255),
  remoteCategoryId: z.string().min(1),
  remoteBrandId: z.string().min(1).nullish(),
  attributes: attributeChoicesSchema.default([]),
});

/** Stores the defaults of one Köprü category for a marketplace. */
export async function saveCategoryMatch(options: {
  db: Db;
  actor: Actor;
  integrationId: string;
  input: z.infer<typeof categoryMatchSchema>;
}) {
  const { db, integrationId, input } = options;
  await validateMatch(db, integrationId, {
    categoryId: input.remoteCategoryId,
    brandId: input.remoteBrandId,
    attributes: input.attributes,
  });
  const values = {
    integrationId,
    localCategory: input.localCategory,
    remoteCategoryId: input.remoteCategoryId,
    remoteBrandId: input.remoteBrandId ?? null,
    attributes: input.attributes,
    updatedAt: new Date(),
  };
  await db
    .insert(marketplaceCategoryMatches)
    .values(values)
    .onConflictDoUpdate({
      target: [marketplaceCategoryMatches.integrationId, marketplaceCategoryMatches.localCategory],
      set: values,
    });
  await recordAudit({
    db,
    actor: options.actor,
    action: "catalog.category_matched",
    targetType: "integration",
    targetId: integrationId,
    details: { localCategory: input.localCategory, remoteCategoryId: input.remoteCategoryId },
  });
}

export const productMatchSchema = z.object({
  remoteCategoryId: z.string().min(1).nullish(),
  remoteBrandId: z.string().min(1).nullish(),
  attributes: attributeChoicesSchema.default([]),
});

/** Stores one product's own match (over its category's defaults) on its listing, creating a pending listing. */
export async function saveProductMatch(options: {
  db: Db;
  actor: Actor;
  integrationId: string;
  productId: number;
  input: z.infer<typeof productMatchSchema>;
}) {
  const { db, integrationId, productId, input } = options;
  const [product] = await db.select().from(products).where(eq(products.id, productId)).limit(1);
  if (!product) throw new AppError("not_found", "No such product", { messageKey: "errors.not_found" });
  if (input.remoteCategoryId)
    await validateMatch(db, integrationId, {
      categoryId: input.remoteCategoryId,
      brandId: input.remoteBrandId,
      attributes: input.attributes,
    });
  const match = {
    remoteCategoryId: input.remoteCategoryId ?? null,
    remoteBrandId: input.remoteBrandId ?? null,
    remoteAttributes: input.attributes,
    updatedAt: new Date(),
  };
  await db
    .insert(listings)
    .values({ integrationId, productId, sku: product.sku, remoteId: product.barcode ?? product.sku, ...match })
    .onConflictDoUpdate({ target: [listings.integrationId, listings.sku], set: match });
  await recordAudit({
    db,
    actor: options.actor,
    action: "catalog.product_matched",
    targetType: "product",
    targetId: String(productId),
    details: { integrationId, remoteCategoryId: match.remoteCategoryId },
  });
}

export type MatchProblem = "no_category" | "no_brand" | "missing_attributes" | "attributes_not_loaded";

/** What still keeps a product off the marketplace, judged against the cached category attributes. */
export function matchProblems(
  resolved: ResolvedMatch,
  attributes: CachedCategoryAttribute[] | undefined,
): { problems: MatchProblem[]; missingAttributes: string[] } {
  const problems: MatchProblem[] = [];
  if (!resolved.categoryId) problems.push("no_category");
  if (!resolved.brandId) problems.push("no_brand");
  let missingAttributes: string[] = [];
  if (resolved.categoryId && !attributes) problems.push("attributes_not_loaded");
  if (attributes) {
    missingAttributes = missingRequiredAttributes(attributes, resolved.attributes);
    if (missingAttributes.length > 0) problems.push("missing_attributes");
  }
  return { problems, missingAttributes };
}

/** Cached attributes for the given categories, by category id. */
export async function cachedAttributes(db: Db, integrationId: string, categoryIds: string[]) {
  if (categoryIds.length === 0) return new Map<string, CachedCategoryAttribute[]>();
  const rows = await db
    .select()
    .from(marketplaceCategoryAttributes)
    .where(
      and(
        eq(marketplaceCategoryAttributes.integrationId, integrationId),
        inArray(marketplaceCategoryAttributes.categoryId, categoryIds),
      ),
    );
  return new Map(rows.map((row) => [row.categoryId, row.attributes]));
}

/** Category paths for display, by id. */
export async function categoryPaths(db: Db, integrationId: string, categoryIds: string[]) {
  if (categoryIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: marketplaceCategories.remoteId, path: marketplaceCategories.path })
    .from(marketplaceCategories)
    .where(
      and(eq(marketplaceCategories.integrationId, integrationId), inArray(marketplaceCategories.remoteId, categoryIds)),
    );
  return new Map(rows.map((row) => [row.id, row.path]));
}
