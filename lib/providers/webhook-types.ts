export type WebhookVerification = { ok: true } | { ok: false; reason: "missing" | "mismatch" | "stale" };

/** Where a provider calls paths under one registered base URL (Hepsiburada), the call's method and sub-path. */
export type WebhookCallTarget = { method?: string; path?: string };

export type WebhookParse =
  | { ok: true; eventId: string | null; eventType: string; payload: unknown }
  | { ok: false; path: string; message: string };

/** What a test-webhook button sends: the raw body and the headers a real delivery would carry. */
export type SampleWebhook = { body: string; headers: Record<string, string> } & WebhookCallTarget;
