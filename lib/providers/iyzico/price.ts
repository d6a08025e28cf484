/**
 * iyzico prices are decimal strings in major units, formatted like the official clients' `formatPrice`: trailing zeros
 * dropped, and `.0` kept when there are no decimals (2200 kuruş → "22.0", 1534 → "15.34", 1250 → "12.5").
 * Computed from integer kuruş, never through a float.
 */
export function formatIyzicoPrice(kurus: number): string {
  if (!Number.isSafeInteger(kurus) || kurus < 0) throw new RangeError(`Not an amount in kuruş: ${kurus}`);
  const whole = Math.floor(kurus / 100);
  const fraction = String(kurus % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${whole}.${fraction || "0"}`;
}

/** Parses a price as iyzico returns it (`1.2`, `"15.340000"`, `22`) into integer kuruş; null when it is not a price. */
export function parseIyzicoPrice(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match?.[1]) return null;
  const fraction = (match[2] ?? "").padEnd(2, "0");
  if (/[1-9]/.test(fraction.slice(2))) return null;
  return Number(match[1]) * 100 + Number(fraction.slice(0, 2));
}
