// The local SMTP server operations.spec.ts starts; playwright.config.ts points the console's SMTP_URL at it.
// Plain constants (no Playwright import) so the config can read them too.

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 4025);
export const E2E_SMTP_URL = `smtp://127.0.0.1:${E2E_SMTP_PORT}`;
