import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "./parse-day";

describe("parseDay", () => {
  it("reads a Turkish day as day.month.year, never as the browser's month/day", () => {
    expect(parseDay("03.04.2026", "tr")).toBe("2026-04-03");
    expect(parseDay("3/4/2026", "tr")).toBe("2026-04-03");
    expect(parseDay("31.12.2026", "tr")).toBe("2026-12-31");
  });

  it("reads English days as year-month-day, and ISO in either language", () => {
    expect(parseDay("2026-4-3", "en")).toBe("2026-04-03");
    expect(parseDay("2026-04-03", "tr")).toBe("2026-04-03");
  });

  it("refuses days that do not exist and half-typed text", () => {
    expect(parseDay("31.02.2026", "tr")).toBeNull();
    expect(parseDay("12.31.2026", "tr")).toBeNull();
    expect(parseDay("03.04.202", "tr")).toBeNull();
    expect(parseDay("04/03/2026", "en")).toBeNull();
  });
});

describe("formatDay", () => {
  it("shows the stored day in the reader's format", () => {
    expect(formatDay("2026-04-03", "tr")).toBe("03.04.2026");
    expect(formatDay("2026-04-03", "en")).toBe("2026-04-03");
  });
});
