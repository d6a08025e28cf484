// The iyzico and Stripe fakes playwright.config.ts starts as webServers, and the credentials they accept.
// Plain constants (no Playwright import) so the config can read them too.

export const IYZICO_FAKE_PORT = Number(process.env.E2E_IYZICO_PORT ?? 4020);
export const IYZICO_FAKE_URL = `http://127.0.0.1:${IYZICO_FAKE_PORT}`;
export const IYZICO_FAKE = { apiKey: "sandbox-e2e-api-key", secretKey: "sandbox-e2e-secret-key" } as const;
export const IYZICO_FAKE_ENV = {
  PORT: String(IYZICO_FAKE_PORT),
  IYZICO_FAKE_API_KEY: IYZICO_FAKE.apiKey,
  IYZICO_FAKE_SECRET_KEY: IYZICO_FAKE.secretKey,
};

export const STRIPE_FAKE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 4021);
export const STRIPE_FAKE_URL = `http://127.0.0.1:${STRIPE_FAKE_PORT}`;
export const STRIPE_FAKE = {
  secretKey: "sk_test_e2e_payments_fake",
  publishableKey: "pk_test_e2e_payments_fake",
  webhookSecret: "whsec_e2e_payments_fake",
} as const;
export const STRIPE_FAKE_ENV = { PORT: String(STRIPE_FAKE_PORT), STRIPE_FAKE_SECRET_KEY: STRIPE_FAKE.secretKey };
