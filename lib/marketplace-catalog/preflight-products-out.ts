import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { products } from "@/db/schema";
import { MATCHING_MARKETPLACES } from "./catalog-source";
import { listMatchingQueue } from "./list-matching-queue";

const EXAMPLES = 20;

export type PreflightProblem =
  "no_category" | "no_brand" | "missing_attributes" | "attributes_not_loaded" | "no_barcode";

export type ProductsOutPreflight = {
  total: number;
  /** Products the marketplace would refuse, whatever else goes through. */
  blocked: number;
  problems: Partial<Record<PreflightProblem, number>>;
  examples: { sku: string; problems: PreflightProblem[] }[];
};

/**
 * What a products push to a marketplace cannot send, for all active products at once and before anything is sent: no
 * leaf category, no brand, a required attribute missing (from the category matching), or no barcode. Null for
 * marketplaces without category matching.
 */
export async function preflightProductsOut(options: {
  db: Db;
  integrationId: string;
}): Promise<ProductsOutPreflight | null> {
  const { db, integrationId } = options;
  if (!(MATCHING_MARKETPLACES as readonly string[]).includes(integrationId)) return null;
  const [queue, withoutBarcode] = await Promise.all([
    listMatchingQueue({ db, integrationId }),
    db
      .select({ sku: products.sku })
      .from(products)
      .where(and(eq(products.isActive, true), or(isNull(products.barcode), eq(sql`trim(${products.barcode})`, "")))),
  ]);
  const bySku = new Map<string, PreflightProblem[]>(
    queue.products.map((product) => [product.sku, [...product.problems]]),
  );
  for (const { sku } of withoutBarcode) bySku.set(sku, [...(bySku.get(sku) ?? []), "no_barcode"]);
  // The queue lists at most its first products with problems; its own count covers them all.
  const blockedByMatching = queue.counts.withProblems;
  const barcodeOnly = withoutBarcode.filter(({ sku }) => bySku.get(sku)!.length === 1).length;
  return {
    total: queue.counts.products,
    blocked: blockedByMatching + barcodeOnly,
    problems: { ...queue.problemCounts, ...(withoutBarcode.length ? { no_barcode: withoutBarcode.length } : {}) },
    examples: [...bySku.entries()].slice(0, EXAMPLES).map(([sku, problems]) => ({ sku, problems })),
  };
}
