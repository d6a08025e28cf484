// Prices are stored as integer kuruş; people and files speak TRY decimals. This is the one place that converts.

/** Up to 7 integer digits keeps every amount below int4's limit in kuruş; `.` or `,` as the decimal mark. */
const TRY_AMOUNT = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/** "199.90", "199,9" or "199" → kuruş; null for anything else (thousands separators, signs, three decimals). */
export function parseTryAmount(input: string | number): number | null {
  const match = TRY_AMOUNT.exec(String(input).trim());
  if (!match) return null;
  const [, lira = "0", fraction = ""] = match;
  return Number(lira) * 100 + Number(fraction.padEnd(2, "0"));
}

/** kuruş → "199.90" (a plain decimal, for CSV and the API; the UI formats it for the locale). */
export function formatKurus(kurus: number): string {
  const sign = kurus < 0 ? "-" : "";
  const abs = Math.abs(kurus);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
