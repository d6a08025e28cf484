import { parse } from "csv-parse/sync";
import type { CsvError } from "csv-parse/sync";
import { AppError } from "@/lib/errors";
import { csvIssueError } from "./csv-issue-error";
import {
  PRODUCT_CSV_COLUMNS,
  productCsvRowSchema,
  toProductCsvRow,
  type CsvRowError,
  type ProductCsvColumn,
  type ProductCsvRow,
} from "./product-csv-row";

export type ParsedProductCsv = { total: number; rows: ProductCsvRow[]; errors: CsvRowError[] };

type CsvRecord = { record: string[]; info: { lines: number } };

const isColumn = (name: string): name is ProductCsvColumn => (PRODUCT_CSV_COLUMNS as readonly string[]).includes(name);

/** Spreadsheets in a Turkish locale save with `;`; the header line tells which one this file uses. */
function detectDelimiter(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r|\n/) >>> 0);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

const countMatches = (values: string[], pattern: RegExp) =>
  values.reduce((sum, value) => sum + (value.match(pattern)?.length ?? 0), 0);

/**
 * Physical start lines of the records. csv-parse reports the line a record ends on, and counts a CRLF inside a quoted
 * value as two lines (each of its characters), so count back over the value's breaks and carry the overcount along.
 */
function withStartLines(records: CsvRecord[]): { record: string[]; line: number }[] {
  let overcount = 0;
  return records.map(({ record, info }) => {
    const line = info.lines - countMatches(record, /[\r\n]/g) - overcount;
    overcount += countMatches(record, /\r\n/g);
    return { record, line };
  });
}

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
  const message = `The CSV header (line 1) has ${problems.join("; ")}. Expected: ${PRODUCT_CSV_COLUMNS.join(",")}`;
  throw new AppError("invalid_input", message, {
    missing,
    unknown,
    duplicated,
    messageKey: "errors.csv_header",
    params: { problems: problems.join("; "), expected: PRODUCT_CSV_COLUMNS.join(",") },
  });
}

function readRecords(text: string, errors: CsvRowError[]): { record: string[]; line: number }[] {
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
      const line = typeof error?.lines === "number" ? error.lines : 0;
      if (error)
        errors.push({
          line,
          column: null,
          code: "unreadable",
          message: `Unreadable CSV: ${error.message}`,
          params: { detail: error.message },
        });
      return undefined;
    },
  }) as unknown as CsvRecord[];
  return withStartLines(records);
}

/** One data record → a row, or its errors (one per bad column). */
function validateRecord(record: string[], line: number, columns: ProductCsvColumn[]): ProductCsvRow | CsvRowError[] {
  if (record.length !== columns.length) {
    const params = { expected: columns.length, found: record.length };
    return [
      {
        line,
        column: null,
        code: "column_count",
        message: `Expected ${params.expected} values, found ${params.found}`,
        params,
      },
    ];
  }
  const result = productCsvRowSchema.safeParse(
    Object.fromEntries(columns.map((column, index) => [column, record[index]])),
  );
  if (result.success) return toProductCsvRow(line, result.data);
  return result.error.issues.map((issue) => {
    const column = String(issue.path[0] ?? "");
    return isColumn(column)
      ? csvIssueError(line, column, issue)
      : { line, column: null, code: "unreadable", message: issue.message, params: { detail: issue.message } };
  });
}

/**
 * Reads the product CSV and validates every row. A bad header throws (nothing can be imported); bad rows become
 * `{ line, column, message }` errors, with `line` the 1-based physical line in the file (the header is line 1).
 * A SKU may appear once: later rows for it are errors, since which one should win is the merchant's call.
 */
export function parseProductCsv(text: string): ParsedProductCsv {
  const errors: CsvRowError[] = [];
  const [header, ...records] = readRecords(text, errors);
  if (!header)
    throw new AppError("invalid_input", `The file is empty; expected the header ${PRODUCT_CSV_COLUMNS.join(",")}`, {
      messageKey: "errors.csv_empty",
      params: { header: PRODUCT_CSV_COLUMNS.join(",") },
    });
  const columns = checkHeader(header.record);
  const rows: ProductCsvRow[] = [];
  const firstLineBySku = new Map<string, number>();
  for (const { record, line } of records) {
    const row = validateRecord(record, line, columns);
    if (Array.isArray(row)) {
      errors.push(...row);
      continue;
    }
    const earlier = firstLineBySku.get(row.sku);
    if (earlier !== undefined) {
      const message = `SKU "${row.sku}" already appears on line ${earlier}; each SKU may appear once`;
      errors.push({ line, column: "sku", code: "duplicate_sku", message, params: { sku: row.sku, line: earlier } });
      continue;
    }
    firstLineBySku.set(row.sku, line);
    rows.push(row);
  }
  errors.sort((a, b) => a.line - b.line);
  return { total: rows.length + new Set(errors.map((error) => error.line)).size, rows, errors };
}
