import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * Turkish-aware folding (`kopru_fold`, migration 0008): lower case with Ç/Ğ/İ/I/ı/Ö/Ş/Ü folded to ASCII, so "tisort"
 * finds "Tişört". Queries must use the same expression as the trigram indexes below to use them.
 */
export const fold = (value: SQLWrapper | string): SQL => sql`kopru_fold(${value})`;

/** A product's searchable text: SKU, barcode and title (one trigram index covers all three). */
export const productSearchText = (table: { sku: SQLWrapper; barcode: SQLWrapper; title: SQLWrapper }): SQL =>
  sql`(${table.sku} || ' ' || coalesce(${table.barcode}, '') || ' ' || ${table.title})`;

/** An order's customer text: name and e-mail. */
export const customerSearchText = (table: { customerName: SQLWrapper; customerEmail: SQLWrapper }): SQL =>
  sql`(coalesce(${table.customerName}, '') || ' ' || coalesce(${table.customerEmail}, ''))`;

/** `kopru_fold(text) LIKE '%' || kopru_fold(q) || '%'`, with LIKE's wildcards in `q` taken literally. */
export const foldedContains = (text: SQL, q: string): SQL =>
  sql`kopru_fold(${text}) like '%' || kopru_fold(${q.replace(/[\\%_]/g, (c) => `\\${c}`)}) || '%'`;
