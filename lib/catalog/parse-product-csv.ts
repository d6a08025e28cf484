import { parse } from "csv-parse/sync";
import type { CsvError } from "csv-parse/sync";
import { AppError } from "@/lib/errors";
import { PRODUCT_CSV_COLUMNS, productCsvRowSchema, toProductCsvRow, type CsvRowError, type ProductCsvColumn, type ProductCsvRow } from "./product-csv-row";

export type ParsedProductCsv = { total: number; rows: ProductCsvRow[]; errors: CsvRowError[] };

type CsvRecord = { record: string[]; info: { lines: number } };

const LINE_BREAKS = /\r\n|\r|\n/g;
const isColumn = (name: string): name is ProductCsvColumn => (PRODUCT_CSV_COLUMNS as readonly string[]).includes(name);

/** Spreadsheets in a Turkish locale save with `;`; the header line tells which one this file uses. */
function detectDelimiter(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r|\n/) >>> 0);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** csv-parse reports the line a record ends on; a quoted value may span lines, so count back to where it began. */
const startLine = ({ record, info }: CsvRecord) =>
  info.lines - record.reduce((breaks, value) => breaks + (value.match(LINE_BREAKS)?.length ?? 0), 0);

function checkHeader(header: string[]): ProductCsvColumn[] {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = PRODUCT_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !isColumn(name));
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length === 0 && unknown.length === 0 && duplicated.length === 0) return names.filter(isColumn);
  const problems = [
    missing.length ? `missing column(s): ${missing.join(", ")}` : "",
    unknown.length ? `unknown column(s): ${unknown.map((name) => name || "(empty)").join(", ")}` : "",
    duplicated.length ? `repeated column(s): ${duplicated.join(", ")}` : "",
  ].filter(Boolean);
  throw new AppError("invalid_input", `The CSV header (line 1) has ${problems.join("; ")}. Expected: ${PRODUCT_CSV_COLUMNS.join(",")}`, {
    missing,
    unknown,
    errors: [...missing, ...unknown].map((column) => ({ line: 1, column, message: problems.join("; ") })),
  });
}

/**
 * Reads the product CSV and validates every row. A bad header throws (nothing can be imported); bad rows become
 * `{ line, column, message }` errors, with `line` the 1-based physical line in the file (the header is line 1).
 */
export function parseProductCsv(text: string): ParsedProductCsv {
  const errors: CsvRowError[] = [];
  const records = parse(text, {
    bom: true,
    info: true,
    delimiter: detectDelimiter(text),
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) errors.push({ line: typeof error.lines === "number" ? error.lines : 0, column: null, message: `Unreadable CSV: ${error.message}` });
      return undefined;
    },
  }) as unknown as CsvRecord[];
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new AppError("invalid_input", `The file is empty; expected the header ${PRODUCT_CSV_COLUMNS.join(",")}`);
  const columns = checkHeader(headerRecord.record);
  const rows: ProductCsvRow[] = [];
  const firstLineBySku = new Map<string, number>();
  for (const record of dataRecords) {
    const line = startLine(record);
    if (record.record.length !== columns.length) {
      errors.push({ line, column: null, message: `Expected ${columns.length} values, found ${record.record.length}` });
      continue;
    }
    const result = productCsvRowSchema.safeParse(Object.fromEntries(columns.map((column, index) => [column, record.record[index]])));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        errors.push({ line, column: isColumn(column) ? column : null, message: issue.message });
      }
      continue;
    }
    const earlier = firstLineBySku.get(result.data.sku);
    if (earlier !== undefined) {
      errors.push({ line, column: "sku", message: `SKU "${result.data.sku}" already appears on line ${earlier}; each SKU may appear once` });
      continue;
    }
    firstLineBySku.set(result.data.sku, line);
    rows.push(toProductCsvRow(line, result.data));
  }
  errors.sort((a, b) => a.line - b.line);
  const failedLines = new Set(errors.map((error) => error.line));
  return { total: rows.length + failedLines.size, rows, errors };
}
