import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { products } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { ParsedProductCsv } from "./parse-product-csv";
import type { CsvRowError, ProductCsvRow } from "./product-csv-row";

export const IMPORT_BATCH_SIZE = 500;

export type ImportResult = {
  total: number;
  inserted: number;
  updated: number;
  /** Valid rows identical to what is stored: left alone, so their updated_at does not trigger a needless push. */
  unchanged: number;
  failed: number;
  errors: CsvRowError[];
};

export type ImportProgress = (processed: number, total: number) => void | Promise<void>;

const CHANGED = sql`(${products.barcode}, ${products.title}, ${products.brand}, ${products.category}, ${products.vatRate},
  ${products.listPrice}, ${products.salePrice}, ${products.stock}) is distinct from (excluded.barcode, excluded.title,
  excluded.brand, excluded.category, excluded.vat_rate, excluded.list_price, excluded.sale_price, excluded.stock)`;

/** Upserts one batch on sku in one statement; answers how many rows were inserted and how many updated. */
async function upsertBatch(db: Db, batch: ProductCsvRow[]): Promise<{ inserted: number; updated: number }> {
  const written = await db
    .insert(products)
    .values(
      batch.map(({ sku, barcode, title, brand, category, vatRate, listPrice, salePrice, stock }) => ({
        sku,
        barcode,
        title,
        brand,
        category,
        vatRate,
        listPrice,
        salePrice,
        stock,
      })),
    )
    .onConflictDoUpdate({
      target: products.sku,
      set: {
        barcode: sql`excluded.barcode`,
        title: sql`excluded.title`,
        brand: sql`excluded.brand`,
        category: sql`excluded.category`,
        vatRate: sql`excluded.vat_rate`,
        listPrice: sql`excluded.list_price`,
        salePrice: sql`excluded.sale_price`,
        stock: sql`excluded.stock`,
        updatedAt: sql`now()`,
      },
      setWhere: CHANGED,
    })
    // xmax is 0 only on a freshly inserted row version, which tells inserts from updates without a second query.
    .returning({ isInserted: sql<boolean>`(xmax = 0)` });
  const inserted = written.filter((row) => row.isInserted).length;
  return { inserted, updated: written.length - inserted };
}

/**
 * Writes the valid rows of a parsed CSV, `batchSize` rows per transaction. A batch the database rejects is rolled
 * back whole and reported against its lines; the other batches still go in. Invalid rows are never written.
 */
export async function importProducts(options: {
  db: Db;
  actor: Actor | null;
  parsed: ParsedProductCsv;
  onProgress?: ImportProgress;
  batchSize?: number;
}): Promise<ImportResult> {
  const { db, parsed, onProgress, batchSize = IMPORT_BATCH_SIZE } = options;
  const { total, rows } = parsed;
  const result: ImportResult = {
    total,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    failed: total - rows.length,
    errors: [...parsed.errors],
  };
  let processed = result.failed;
  await onProgress?.(processed, total);
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    try {
      const { inserted, updated } = await db.transaction((tx) => upsertBatch(tx, batch));
      result.inserted += inserted;
      result.updated += updated;
      result.unchanged += batch.length - inserted - updated;
    } catch (error) {
      console.error("[köprü] product import batch failed", error);
      const first = batch[0]?.line ?? 0;
      const last = batch.at(-1)?.line ?? first;
      result.failed += batch.length;
      const message = `Lines ${first}–${last} were not saved: the database rejected this batch, so none of it was written`;
      result.errors.push({ line: first, column: null, code: "batch_failed", message, params: { first, last } });
    }
    processed += batch.length;
    await onProgress?.(processed, total);
  }
  result.errors.sort((a, b) => a.line - b.line);
  await recordAudit({
    db,
    actor: options.actor,
    action: "products.imported",
    targetType: "product",
    details: { ...result, errors: result.errors.length },
  });
  return result;
}
