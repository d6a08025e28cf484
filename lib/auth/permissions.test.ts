import { describe, expect, it } from "vitest";
import { can, canAdminister, canOperate, effectiveAccess, grantableScopes } from "./permissions";

describe("permissions", () => {
  it("orders the roles viewer < operator < admin", () => {
    expect([canOperate({ role: "viewer" }), canOperate({ role: "operator" }), canOperate({ role: "admin" })]).toEqual([
      false,
      true,
      true,
    ]);
    expect([canAdminister({ role: "operator" }), canAdminister({ role: "admin" })]).toEqual([false, true]);
    expect(can({ role: "viewer" }, "read")).toBe(true);
  });

  it("lets a token's scope narrow its creator's role but never widen it", () => {
    expect(effectiveAccess({ role: "admin", scope: "read" })).toBe("read");
    expect(effectiveAccess({ role: "viewer", scope: "admin" })).toBe("read");
    expect(effectiveAccess({ role: "operator", scope: "admin" })).toBe("operate");
    expect(grantableScopes({ role: "operator" })).toEqual(["read", "operate"]);
    expect(grantableScopes({ role: "admin", scope: "operate" })).toEqual(["read", "operate"]);
  });
});
