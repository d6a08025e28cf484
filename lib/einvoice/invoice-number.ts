import { randomUUID } from "node:crypto";

/*
 * GİB document ids. Invoice number (cbc:ID): 3-character series + 4-digit year + 9-digit sequence, 16 characters,
 * e.g. EAR2026000000888; the sequence restarts every year per series. ETTN (cbc:UUID): a UUID, v4 here.
 */
export const INVOICE_NUMBER = /^[A-Z0-9]{3}20\d{2}\d{9}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const isInvoiceNumber = (value: string): boolean => INVOICE_NUMBER.test(value);
export const isEttn = (value: string): boolean => UUID_V4.test(value);
export const newEttn = (): string => randomUUID();

export function formatInvoiceNumber(series: string, year: number, sequence: number): string {
  if (!/^[A-Z0-9]{3}$/.test(series)) throw new RangeError(`invoice series "${series}" must be 3 letters or digits`);
  if (year < 2000 || year > 2099 || !Number.isInteger(sequence) || sequence < 1 || sequence > 999_999_999)
    throw new RangeError("invoice year or sequence out of range");
  return `${series}${year}${String(sequence).padStart(9, "0")}`;
}
