import { expect, test } from "@playwright/test";
import { ensureAdmin, openIntegration } from "./console-helpers";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

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

test.describe("signed in", () => {
  test.beforeEach(async ({ page }) => {
    await ensureAdmin(page);
  });

  test("cookie writes need the console's origin and a JSON body", async ({ page }) => {
    const settings = { emails: ["ops@kopru.test"] };
    const foreign = await page.request.put("/api/settings/alerts", {
      data: settings,
      headers: { Origin: "https://evil.example" },
    });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).message).toContain("konsolun kendisinden gelmediği");
    const formLike = await page.request.put("/api/settings/alerts", {
      data: JSON.stringify(settings),
      headers: { "content-type": "text/plain" },
    });
    expect(formLike.status()).toBe(415);
    expect((await page.request.put("/api/settings/alerts", { data: settings })).status()).toBe(200);
  });

  test("the audit log records the socket address, not a forged X-Forwarded-For", async ({ page }) => {
    const forged = { "x-forwarded-for": "203.0.113.99", "x-kopru-socket-address": "203.0.113.99" };
    const saved = await page.request.put("/api/settings/alerts", { data: { emails: [] }, headers: forged });
    expect(saved.status()).toBe(200);
    const audit = (await (await page.request.get("/api/audit?action=alert_settings.updated")).json()) as {
      items: { ip: string | null }[];
    };
    expect(audit.items[0]?.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  test("moving an integration's address asks for its secrets again", async ({ page }) => {
    const saved = await page.request.post("/api/integrations/trendyol/config", {
      data: {
        seller_id: TRENDYOL_FAKE.sellerId,
        api_key: TRENDYOL_FAKE.apiKey,
        api_secret: TRENDYOL_FAKE.apiSecret,
        base_url: TRENDYOL_FAKE_URL,
      },
    });
    expect(saved.ok()).toBe(true);
    const moved = await page.request.post("/api/integrations/trendyol/config", {
      data: { base_url: "https://attacker.example" },
    });
    expect(moved.status()).toBe(400);
    expect((await moved.json()).missing_fields).toEqual(expect.arrayContaining(["api_key", "api_secret"]));

    await openIntegration(page, "trendyol");
    await expect(page.getByTestId("field-api_key")).not.toHaveAttribute("required");
    await page.getByTestId("field-base_url").fill("https://attacker.example");
    await expect(page.getByTestId("secrets-follow-url")).toBeVisible();
    await expect(page.getByTestId("field-api_key")).toHaveAttribute("required");
    await expect(page.getByTestId("field-api_secret")).toHaveAttribute("required");
    await page.getByTestId("field-base_url").fill(`${TRENDYOL_FAKE_URL}/`);
    await expect(page.getByTestId("secrets-follow-url")).toBeHidden();
  });
});
