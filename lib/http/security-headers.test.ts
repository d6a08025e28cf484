import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

describe("security headers (next.config.ts)", () => {
  it("sends anti-framing, nosniff and referrer headers on every path, HSTS only over https", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const everywhere = rules.filter((rule) => rule.source === "/:path*" && !rule.has);
    const headers = Object.fromEntries(everywhere.flatMap((rule) => rule.headers.map((h) => [h.key, h.value])));
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();

    const https = rules.find((rule) => rule.headers.some((h) => h.key === "Strict-Transport-Security"));
    expect(https?.source).toBe("/:path*");
    expect(https?.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
  });
});
