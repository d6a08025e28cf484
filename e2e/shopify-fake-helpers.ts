// The Shopify fake that playwright.config.ts starts as a webServer, and the app credentials it accepts.
// Plain constants (no Playwright import) so the config can read them too.

export const SHOPIFY_FAKE_PORT = Number(process.env.E2E_SHOPIFY_PORT ?? 4142);
export const SHOPIFY_FAKE_URL = `http://127.0.0.1:${SHOPIFY_FAKE_PORT}`;

export const SHOPIFY_FAKE = { clientId: "fake-e2e-client-id", clientSecret: "shopify-e2e-client-secret" } as const;

export function shopifyFakeEnv(webhookUrl: string) {
  return {
    PORT: String(SHOPIFY_FAKE_PORT),
    SHOPIFY_FAKE_CLIENT_ID: SHOPIFY_FAKE.clientId,
    SHOPIFY_FAKE_CLIENT_SECRET: SHOPIFY_FAKE.clientSecret,
    SHOPIFY_FAKE_WEBHOOK_URL: webhookUrl,
  };
}
