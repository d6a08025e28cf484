/*
 * KDV (VAT) per invoice line, in kuruş. Rates since 10 July 2023 (Presidential Decision 7346): 20 % general, 10 % and
 * 1 % reduced, 0 % exempt. VAT is computed and rounded per line (half away from zero, to the kuruş); totals are sums of
 * the rounded lines, so every subtotal, every rate's tax and the grand total add up exactly.
 */
export const KDV_RATES = [0, 1, 10, 20] as const;
export type KdvRate = (typeof KDV_RATES)[number];

export const isKdvRate = (rate: number): rate is KdvRate => (KDV_RATES as readonly number[]).includes(rate);

export type InvoiceLineInput = {
  quantity: number;
  /** Unit price in kuruş; `pricesIncludeVat` says whether it includes KDV (marketplace prices do). */
  unitPriceMinor: number;
  vatRate: number;
};

export type InvoiceLineAmounts = { netMinor: number; vatMinor: number; grossMinor: number; vatRate: KdvRate };

export type InvoiceTotals = {
  lines: InvoiceLineAmounts[];
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
  /** One entry per rate used (UBL TaxSubtotal), ascending by rate. */
  byRate: { vatRate: KdvRate; netMinor: number; vatMinor: number }[];
};

/** Integer division rounded half away from zero. */
function divRound(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

export function lineAmounts(line: InvoiceLineInput, pricesIncludeVat: boolean): InvoiceLineAmounts {
  if (!isKdvRate(line.vatRate)) throw new RangeError(`KDV rate ${line.vatRate} % is not one of 0, 1, 10, 20`);
  if (!Number.isInteger(line.unitPriceMinor)) throw new RangeError("unit prices are whole kuruş");
  const amount = Math.round(line.quantity * line.unitPriceMinor);
  if (pricesIncludeVat) {
    const netMinor = divRound(amount * 100, 100 + line.vatRate);
    return { netMinor, vatMinor: amount - netMinor, grossMinor: amount, vatRate: line.vatRate };
  }
  const vatMinor = divRound(amount * line.vatRate, 100);
  return { netMinor: amount, vatMinor, grossMinor: amount + vatMinor, vatRate: line.vatRate };
}

export function invoiceTotals(lines: InvoiceLineInput[], options: { pricesIncludeVat: boolean }): InvoiceTotals {
  const amounts = lines.map((line) => lineAmounts(line, options.pricesIncludeVat));
  const byRate = new Map<KdvRate, { vatRate: KdvRate; netMinor: number; vatMinor: number }>();
  for (const line of amounts) {
    const entry = byRate.get(line.vatRate) ?? { vatRate: line.vatRate, netMinor: 0, vatMinor: 0 };
    entry.netMinor += line.netMinor;
    entry.vatMinor += line.vatMinor;
    byRate.set(line.vatRate, entry);
  }
  const sum = (key: "netMinor" | "vatMinor" | "grossMinor") => amounts.reduce((total, line) => total + line[key], 0);
  return {
    lines: amounts,
    netMinor: sum("netMinor"),
    vatMinor: sum("vatMinor"),
    grossMinor: sum("grossMinor"),
    byRate: [...byRate.values()].sort((a, b) => a.vatRate - b.vatRate),
  };
}

/** Koza wants the rate as a fraction (0.20), UBL as a percent (20). */
export const kdvFraction = (rate: KdvRate): number => rate / 100;
