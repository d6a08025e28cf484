import { describe, expect, it } from "vitest";
import { formatKurus, parseTryAmount } from "./money";

describe("TRY amounts", () => {
  it.each([
    ["199.90", 19990],
    ["199,9", 19990],
    ["199", 19900],
    [" 0.05 ", 5],
    [129.9, 12990],
    ["9999999.99", 999_999_999],
  ])("reads %j as %i kuruş", (input, kurus) => {
    expect(parseTryAmount(input)).toBe(kurus);
  });

  it.each(["", "abc", "1.234,56", "1,234.56", "-5", "+5", "1.999", "1e3", "10000000", "₺10"])("rejects %j", (input) => {
    expect(parseTryAmount(input)).toBeNull();
  });

  it("writes kuruş back as a plain decimal", () => {
    expect(formatKurus(19990)).toBe("199.90");
    expect(formatKurus(5)).toBe("0.05");
    expect(formatKurus(100)).toBe("1.00");
  });
});
