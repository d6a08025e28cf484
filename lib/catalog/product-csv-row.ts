import { z } from "zod";
import { optionalText, priceSchema, requiredText, stockTextSchema, vatRateTextSchema } from "./product-fields";

/** The import and export format, in this order. */
export const PRODUCT_CSV_COLUMNS = [
  "sku",
  "barcode",
  "title",
  "brand",
  "category",
  "vat_rate",
  "list_price",
  "sale_price",
  "stock",
] as const;
export type ProductCsvColumn = (typeof PRODUCT_CSV_COLUMNS)[number];

export const productCsvRowSchema = z
  .object({
    sku: requiredText(100),
    barcode: optionalText(64),
    title: requiredText(255),
    brand: optionalText(120),
    category: optionalText(255),
    vat_rate: vatRateTextSchema,
    list_price: priceSchema,
    sale_price: priceSchema,
    stock: stockTextSchema,
  })
  // Skip the comparison when either price is itself invalid: that field already has its own message.
  .refine(
    (row) =>
      typeof row.list_price !== "number" || typeof row.sale_price !== "number" || row.list_price >= row.sale_price,
    {
      path: ["list_price"],
      message: "List price must be at least the sale price",
      params: { code: "list_below_sale" },
    },
  );

/** A valid CSV row, prices in kuruş, with the 1-based line it started on. */
export type ProductCsvRow = {
  line: number;
  sku: string;
  barcode: string | null;
  title: string;
  brand: string | null;
  category: string | null;
  vatRate: number;
  listPrice: number;
  salePrice: number;
  stock: number;
};

export const CSV_ERROR_CODES = [
  "required",
  "too_long",
  "invalid_price",
  "list_below_sale",
  "invalid_vat_rate",
  "invalid_stock",
  "duplicate_sku",
  "column_count",
  "unreadable",
  "batch_failed",
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

/**
 * `column` is null when the problem is the whole row (wrong number of values, broken quoting, a failed batch).
 * `message` is English for API callers; `code` and `params` let the console say it in the merchant's language.
 */
export type CsvRowError = {
  line: number;
  column: ProductCsvColumn | null;
  code: CsvErrorCode;
  message: string;
  params?: Record<string, string | number>;
};

export function toProductCsvRow(line: number, row: z.output<typeof productCsvRowSchema>): ProductCsvRow {
  return {
    line,
    sku: row.sku,
    barcode: row.barcode,
    title: row.title,
    brand: row.brand,
    category: row.category,
    vatRate: row.vat_rate,
    listPrice: row.list_price,
    salePrice: row.sale_price,
    stock: row.stock,
  };
}
