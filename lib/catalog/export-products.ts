import { and, asc, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { products, type Product } from "@/db/schema";
import { formatKurus } from "./money";
import { PRODUCT_CSV_COLUMNS } from "./product-csv-row";
import { productWhere, type ProductFilters } from "./product-filters";

const EXPORT_PAGE_SIZE = 1000;

/** Quotes a value only when it must be: a delimiter, a quote or a line break inside it. */
const csvValue = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const toCsvLine = (product: Product) =>
  [
    product.sku,
    product.barcode,
    product.title,
    product.brand,
    product.category,
    product.vatRate,
    formatKurus(product.listPrice),
    formatKurus(product.salePrice),
    product.stock,
  ]
    .map(csvValue)
    .join(",") + "\r\n";

/**
 * The products as CSV in the import format (so an export can be edited and imported back), in chunks of one page of
 * rows: memory stays flat however large the catalogue. Starts with a BOM so Excel reads the Turkish letters as UTF-8.
 */
export async function* exportProductsCsv(options: { db: Db; filters?: ProductFilters }): AsyncGenerator<string> {
  const { db, filters = {} } = options;
  yield `\uFEFF${PRODUCT_CSV_COLUMNS.join(",")}\r\n`;
  let afterId = 0;
  for (;;) {
    const page = await db
      .select()
      .from(products)
      .where(and(productWhere(filters), gt(products.id, afterId)))
      .orderBy(asc(products.id))
      .limit(EXPORT_PAGE_SIZE);
    if (page.length > 0) yield page.map(toCsvLine).join("");
    const last = page.at(-1);
    if (!last || page.length < EXPORT_PAGE_SIZE) return;
    afterId = last.id;
  }
}

/** The generator as a download response body. */
export function csvDownload(chunks: AsyncGenerator<string>, filename: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
