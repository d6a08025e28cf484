import { describe, expect, it } from "vitest";
import { currencyDigits, fromMinorUnits, toMinorUnits } from "./currency";

describe("minor units by the currency's decimals", () => {
  it.each([
    ["1249.90", "TRY", 124990],
    ["1249.9", "try", 124990],
    [1249.9, "TRY", 124990],
    ["0.01", "EUR", 1],
    ["500", "JPY", 500],
    ["1.230", "KWD", 1230],
    ["12", "USD", 1200],
  ])("%s %s → %i", (amount, currency, minor) => {
    expect(toMinorUnits(amount, currency)).toBe(minor);
  });

  it.each([
    ["1.234", "TRY"],
    ["5.5", "JPY"],
    ["1.231", "KWD"],
    ["0", "TRY"],
    ["-5", "TRY"],
    ["1e3", "TRY"],
    ["", "TRY"],
    ["99999999999999999", "TRY"],
  ])("refuses %s %s", (amount, currency) => {
    expect(toMinorUnits(amount, currency)).toBeNull();
  });

  it("formats back", () => {
    expect(fromMinorUnits(124990, "TRY")).toBe("1249.90");
    expect(fromMinorUnits(5, "TRY")).toBe("0.05");
    expect(fromMinorUnits(500, "JPY")).toBe("500");
    expect(fromMinorUnits(1230, "KWD")).toBe("1.230");
    expect(currencyDigits("try")).toBe(2);
  });
});
