import { defineConfig } from "@playwright/test";
import { E2E_SMTP_URL } from "./e2e/smtp-helpers";
import { SHOPIFY_FAKE_URL, shopifyFakeEnv } from "./e2e/shopify-fake-helpers";
import { IYZICO_FAKE_ENV, IYZICO_FAKE_URL, STRIPE_FAKE_ENV, STRIPE_FAKE_URL } from "./e2e/payment-fakes";
import { TRENDYOL_FAKE_ENV, TRENDYOL_FAKE_URL } from "./e2e/trendyol-fake-helpers";
import { ARAS_FAKE_ENV, ARAS_FAKE_URL, LUCA_FAKE_ENV, LUCA_FAKE_URL } from "./e2e/o2c-fakes";
import { HEPSIBURADA_CONTROL_URL, hepsiburadaFakeEnv } from "./e2e/hepsiburada-fake-helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

// Runs against `next start`, so `next build` must have run first. Playwright starts the webServer before globalSetup,
// which is why the fresh database is made in the server command itself.
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    // Cookie-authenticated API writes must be same-origin; page.request sends no Origin of its own.
    extraHTTPHeaders: { Origin: BASE_URL },
    browserName: "chromium",
    locale: "tr-TR",
    timezoneId: "Europe/Istanbul",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `rm -rf .data/pglite-e2e && ./node_modules/.bin/next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PGLITE_DIR: ".data/pglite-e2e",
        DATABASE_URL: "",
        NEXTAUTH_SECRET: "kopru-e2e-nextauth-secret-0123456789",
        NEXTAUTH_URL: BASE_URL,
        KOPRU_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        KOPRU_PUBLIC_URL: "",
        // The first admin must come from /setup, not from the environment.
        KOPRU_ADMIN_EMAIL: "",
        KOPRU_ADMIN_PASSWORD: "",
        INNGEST_DEV: "1",
        // `next start` is production mode, which refuses INNGEST_DEV unless told otherwise (there is no Inngest
        // server here at all: /api/inngest answers 404 in embedded mode).
        KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION: "1",
        // The fakes listen on 127.0.0.1, which base URLs may only name with this override.
        KOPRU_ALLOW_PRIVATE_BASE_URLS: "1",
        // No Inngest server here: background work runs on the embedded runner.
        KOPRU_EMBEDDED_RUNNER: "on",
        // operations.spec.ts listens here for alert e-mails.
        SMTP_URL: E2E_SMTP_URL,
        KOPRU_ALERT_FROM: "Köprü <alerts@kopru.test>",
      },
    },
    {
      // The Trendyol fake the sync spec points the integration at. It answers 403 without a seller User-Agent, which
      // Playwright's readiness check accepts (any status below 404 counts as up).
      command: "./node_modules/.bin/tsx lib/providers/trendyol/fake-server.cli.ts",
      url: `${TRENDYOL_FAKE_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: TRENDYOL_FAKE_ENV,
    },
    {
      // The Shopify fake (Admin GraphQL, OAuth token endpoint, webhook sender aimed at the app's Shopify endpoint).
      command: "./node_modules/.bin/tsx lib/providers/shopify/fake-server.cli.ts",
      url: `${SHOPIFY_FAKE_URL}/_fake/products`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: shopifyFakeEnv(`http://127.0.0.1:${PORT}/api/integrations/webhook/shopify`),
    },
    {
      // The Hepsiburada fake with its test control (on the next port) and webhook sender aimed at the app's base URL.
      command: "./node_modules/.bin/tsx lib/providers/hepsiburada/fake-server.cli.ts",
      url: `${HEPSIBURADA_CONTROL_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: hepsiburadaFakeEnv(`http://127.0.0.1:${PORT}`),
    },
    {
      // The payment fakes the payments spec points iyzico and Stripe at (unknown paths answer 404 JSON; /payment/test 200).
      command: "./node_modules/.bin/tsx lib/providers/iyzico/fake-server.cli.ts",
      url: `${IYZICO_FAKE_URL}/payment/test`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: IYZICO_FAKE_ENV,
    },
    {
      // Answers 401 without a key, which the readiness check accepts as up.
      command: "./node_modules/.bin/tsx lib/providers/stripe/fake-server.cli.ts",
      url: `${STRIPE_FAKE_URL}/v1/events`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: STRIPE_FAKE_ENV,
    },
    {
      // The Aras fake (order and query SOAP services); any path outside them answers 404, the readiness check wants <404.
      command: "./node_modules/.bin/tsx lib/providers/aras/fake-server.cli.ts",
      url: `${ARAS_FAKE_URL}/__fake/state`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: ARAS_FAKE_ENV,
    },
    {
      // The Luca fake (Koza session and the e-invoice API).
      command: "./node_modules/.bin/tsx lib/providers/luca/fake-server.cli.ts",
      url: `${LUCA_FAKE_URL}/__fake/state`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: LUCA_FAKE_ENV,
    },
  ],
});
