import { describe, expect, it } from "vitest";
import { invoiceTotals, lineAmounts } from "./kdv";

describe("KDV per line", () => {
  it.each([
    // net prices: VAT rounded per line, half away from zero
    [
      { quantity: 1, unitPriceMinor: 10_000, vatRate: 20 },
      false,
      { netMinor: 10_000, vatMinor: 2_000, grossMinor: 12_000 },
    ],
    [{ quantity: 3, unitPriceMinor: 333, vatRate: 10 }, false, { netMinor: 999, vatMinor: 100, grossMinor: 1_099 }],
    [{ quantity: 1, unitPriceMinor: 50, vatRate: 1 }, false, { netMinor: 50, vatMinor: 1, grossMinor: 51 }],
    [{ quantity: 1, unitPriceMinor: 49, vatRate: 1 }, false, { netMinor: 49, vatMinor: 0, grossMinor: 49 }],
    [{ quantity: 2, unitPriceMinor: 1_000, vatRate: 0 }, false, { netMinor: 2_000, vatMinor: 0, grossMinor: 2_000 }],
    // gross (VAT-inclusive) prices: the gross is kept, net + VAT equal it to the kuruş
    [
      { quantity: 1, unitPriceMinor: 12_990, vatRate: 20 },
      true,
      { netMinor: 10_825, vatMinor: 2_165, grossMinor: 12_990 },
    ],
    [{ quantity: 1, unitPriceMinor: 1_000, vatRate: 10 }, true, { netMinor: 909, vatMinor: 91, grossMinor: 1_000 }],
    [{ quantity: 1, unitPriceMinor: 101, vatRate: 1 }, true, { netMinor: 100, vatMinor: 1, grossMinor: 101 }],
  ])("%o (VAT included: %s) → %o", (line, included, expected) => {
    expect(lineAmounts(line, included)).toMatchObject(expected);
  });

  it("refuses rates that are not in force (18 and 8 were replaced in July 2023)", () => {
    expect(() => lineAmounts({ quantity: 1, unitPriceMinor: 100, vatRate: 18 }, false)).toThrow(/18/);
  });
});

describe("a mixed-KDV invoice", () => {
  const lines = [
    { quantity: 2, unitPriceMinor: 12_990, vatRate: 20 },
    { quantity: 1, unitPriceMinor: 4_550, vatRate: 10 },
    { quantity: 3, unitPriceMinor: 1_999, vatRate: 1 },
    { quantity: 1, unitPriceMinor: 2_500, vatRate: 0 },
    { quantity: 1, unitPriceMinor: 333, vatRate: 20 },
  ];

  it.each([true, false])("totals add up to the kuruş (VAT included: %s)", (pricesIncludeVat) => {
    const totals = invoiceTotals(lines, { pricesIncludeVat });
    expect(totals.netMinor + totals.vatMinor).toBe(totals.grossMinor);
    expect(totals.byRate.reduce((s, r) => s + r.netMinor, 0)).toBe(totals.netMinor);
    expect(totals.byRate.reduce((s, r) => s + r.vatMinor, 0)).toBe(totals.vatMinor);
    for (const line of totals.lines) expect(line.netMinor + line.vatMinor).toBe(line.grossMinor);
    expect(totals.byRate.map((r) => r.vatRate)).toEqual([0, 1, 10, 20]);
  });

  it("VAT-included prices keep the amount the buyer paid", () => {
    const totals = invoiceTotals(lines, { pricesIncludeVat: true });
    expect(totals.grossMinor).toBe(2 * 12_990 + 4_550 + 3 * 1_999 + 2_500 + 333);
    expect(totals.byRate).toEqual([
      { vatRate: 0, netMinor: 2_500, vatMinor: 0 },
      { vatRate: 1, netMinor: 5_938, vatMinor: 59 },
      { vatRate: 10, netMinor: 4_136, vatMinor: 414 },
      { vatRate: 20, netMinor: 21_928, vatMinor: 4_385 },
    ]);
  });
});
