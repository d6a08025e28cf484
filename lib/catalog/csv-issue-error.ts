import type { z } from "zod";
import type { CsvErrorCode, CsvRowError, ProductCsvColumn } from "./product-csv-row";

const VALUE_CODES: Partial<Record<ProductCsvColumn, CsvErrorCode>> = {
  vat_rate: "invalid_vat_rate",
  stock: "invalid_stock",
  list_price: "invalid_price",
  sale_price: "invalid_price",
};

/** A zod issue on one CSV value as a row error with a stable code (text columns: missing or too long). */
export function csvIssueError(line: number, column: ProductCsvColumn, issue: z.core.$ZodIssue): CsvRowError {
  const base = { line, column, message: issue.message };
  if (issue.code === "custom" && issue.params?.code === "list_below_sale") return { ...base, code: "list_below_sale" };
  const valueCode = VALUE_CODES[column];
  if (valueCode) return { ...base, code: valueCode };
  if (issue.code === "too_big") return { ...base, code: "too_long", params: { max: Number(issue.maximum) } };
  return { ...base, code: "required" };
}
