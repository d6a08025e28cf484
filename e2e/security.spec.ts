import { expect, test } from "@playwright/test";

const expectSecurityHeaders = (headers: Record<string, string>) => {
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
};

test("pages and API answers carry the security headers; HSTS only behind https", async ({ page, request }) => {
  const login = await page.goto("/login");
  expectSecurityHeaders(login!.headers());
  expect(login!.headers()["strict-transport-security"]).toBeUndefined();
  for (const path of ["/api/health", "/api/orders", "/api/inngest"]) {
    const answer = await request.get(path);
    expectSecurityHeaders(answer.headers());
  }
  const viaTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toContain("max-age=");
});

test("/api/inngest is not served in embedded mode", async ({ request }) => {
  expect((await request.get("/api/inngest")).status()).toBe(404);
  expect((await request.put("/api/inngest", { data: {} })).status()).toBe(404);
});
