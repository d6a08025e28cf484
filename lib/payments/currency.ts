/** Minor-unit digits per currency (Stripe's list): most have 2; these have 0 or 3. */
const ZERO_DECIMAL = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

/** Currencies Köprü takes payments in. */
export const PAYMENT_CURRENCIES = ["TRY", "EUR", "USD", "GBP", "CHF", "NOK", "JPY", "KWD"] as const;

export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/**
 * "1249.90" TRY → 124990. Parsed as text, never through a float; null when the amount has more decimals than the
 * currency, is not positive, or exceeds a safe integer.
 */
export function toMinorUnits(amount: string | number, currency: string): number | null {
  const text = typeof amount === "number" ? (Number.isFinite(amount) ? String(amount) : "") : amount.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match?.[1]) return null;
  const digits = currencyDigits(currency);
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > digits) return null;
  const minor = Number(match[1] + fraction.padEnd(digits, "0"));
  if (!Number.isSafeInteger(minor) || minor <= 0) return null;
  // Stripe requires three-decimal amounts to end in 0.
  if (digits === 3 && minor % 10 !== 0) return null;
  return minor;
}

/** 124990 TRY → "1249.90": for display via Intl and for providers that want major units. */
export function fromMinorUnits(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return `${minor < 0 ? "-" : ""}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
