import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseRouteId, requireRouteId } from "./route-id";

describe("route ids", () => {
  it("reads a positive int4 and nothing else", () => {
    expect(parseRouteId("1")).toBe(1);
    expect(parseRouteId("2147483647")).toBe(2_147_483_647);
    for (const bad of ["0", "-1", "2147483648", "99999999999", "1e3", "1.0", " 1", "0x10", "", "abc"])
      expect(parseRouteId(bad), bad).toBeNull();
  });

  it("answers a malformed or out-of-range id with not_found (404)", () => {
    expect(requireRouteId("42")).toBe(42);
    for (const bad of ["99999999999", "abc"]) {
      const error = (() => {
        try {
          requireRouteId(bad);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(404);
    }
  });
});
