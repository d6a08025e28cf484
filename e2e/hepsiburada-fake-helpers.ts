// The Hepsiburada fake that playwright.config.ts starts as a webServer (with its test control and webhook sender), and
// the credentials it accepts. Plain constants (no Playwright import) so the config can read them too.

export const HEPSIBURADA_FAKE_PORT = Number(process.env.E2E_HEPSIBURADA_PORT ?? 4050);
export const HEPSIBURADA_FAKE_URL = `http://127.0.0.1:${HEPSIBURADA_FAKE_PORT}`;
/** The fake's test control (seeding, one lifecycle stage per call) listens on the next port. */
export const HEPSIBURADA_CONTROL_URL = `http://127.0.0.1:${HEPSIBURADA_FAKE_PORT + 1}`;

export const HEPSIBURADA_FAKE = {
  merchantId: "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42",
  serviceKey: "Ab12Cd34Ef56",
  developerUsername: "kopru_dev",
  webhookUsername: "hb-e2e-hook",
  webhookPassword: "hb-e2e-hook-password",
} as const;

/** What the fake-server CLI reads from its environment; `appUrl` is the console the webhooks go to. */
export function hepsiburadaFakeEnv(appUrl: string): Record<string, string> {
  return {
    PORT: String(HEPSIBURADA_FAKE_PORT),
    HEPSIBURADA_FAKE_SEED: "0",
    HEPSIBURADA_FAKE_MERCHANT_ID: HEPSIBURADA_FAKE.merchantId,
    HEPSIBURADA_FAKE_SERVICE_KEY: HEPSIBURADA_FAKE.serviceKey,
    HEPSIBURADA_FAKE_DEVELOPER_USERNAME: HEPSIBURADA_FAKE.developerUsername,
    HEPSIBURADA_FAKE_CONTROL_PORT: String(HEPSIBURADA_FAKE_PORT + 1),
    HEPSIBURADA_FAKE_WEBHOOK_URL: `${appUrl}/api/integrations/webhook/hepsiburada`,
    HEPSIBURADA_FAKE_WEBHOOK_USERNAME: HEPSIBURADA_FAKE.webhookUsername,
    HEPSIBURADA_FAKE_WEBHOOK_PASSWORD: HEPSIBURADA_FAKE.webhookPassword,
  };
}
