// The Trendyol fake that playwright.config.ts starts as a second webServer, and the credentials it accepts.
// Plain constants (no Playwright import) so the config can read them too.

export const TRENDYOL_FAKE_PORT = Number(process.env.E2E_TRENDYOL_PORT ?? 4010);
export const TRENDYOL_FAKE_URL = `http://127.0.0.1:${TRENDYOL_FAKE_PORT}`;

export const TRENDYOL_FAKE = {
  sellerId: "987654",
  apiKey: "fake-e2e-api-key",
  apiSecret: "fake-e2e-api-secret",
  cargoCompanyId: "17",
  brandId: "1791",
  categoryId: "411",
} as const;

/** What the fake-server CLI reads from its environment. */
export const TRENDYOL_FAKE_ENV = {
  PORT: String(TRENDYOL_FAKE_PORT),
  TRENDYOL_FAKE_SEED: "0",
  TRENDYOL_FAKE_SELLER_ID: TRENDYOL_FAKE.sellerId,
  TRENDYOL_FAKE_API_KEY: TRENDYOL_FAKE.apiKey,
  TRENDYOL_FAKE_API_SECRET: TRENDYOL_FAKE.apiSecret,
};
