import { describe, expect, it } from "vitest";
import { formatInvoiceNumber, isEttn, isInvoiceNumber, newEttn } from "./invoice-number";

describe("invoice numbers", () => {
  it.each([
    ["EAR2026000000888", true],
    ["GIB2026000000001", true],
    ["A1B2099999999999", true],
    ["EA2026000000888", false],
    ["ear2026000000888", false],
    ["EAR1999000000888", false],
    ["EAR202600000088", false],
  ])("%s → %s", (number, valid) => {
    expect(isInvoiceNumber(number)).toBe(valid);
  });

  it("formats series, year and a zero-padded sequence", () => {
    expect(formatInvoiceNumber("EAR", 2026, 888)).toBe("EAR2026000000888");
    expect(() => formatInvoiceNumber("EA", 2026, 1)).toThrow();
    expect(() => formatInvoiceNumber("EAR", 2026, 0)).toThrow();
  });
});

describe("ETTN", () => {
  it("is a fresh UUID v4 every time", () => {
    const a = newEttn();
    expect(isEttn(a)).toBe(true);
    expect(a).toHaveLength(36);
    expect(newEttn()).not.toBe(a);
  });

  it.each(["", "f47ac10b-58cc-1372-a567-0e02b2c3d479", "f47ac10b58cc4372a5670e02b2c3d479"])("%o is no v4 UUID", (v) => {
    expect(isEttn(v)).toBe(false);
  });
});
