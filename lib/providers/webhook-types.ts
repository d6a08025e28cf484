export type WebhookVerification = { ok: true } | { ok: false; reason: "missing" | "mismatch" | "stale" };

/**
 * `eventId` is null when the provider gave no complete id (e.g. no timestamp): the intake then dedupes on the body's
 * SHA-256, so two distinct events are never taken for one. `dedupeOnBody` says the id is not covered by the signature
 * (Shopify's `X-Shopify-Webhook-Id`): it is kept for search, but the body hash is the dedupe key.
 */
export type WebhookParse =
  | { ok: true; eventId: string | null; eventType: string; payload: unknown; dedupeOnBody?: boolean }
  | { ok: false; path: string; message: string };

/** What a test-webhook button sends: the raw body and the headers a real delivery would carry. */
export type SampleWebhook = { body: string; headers: Record<string, string> };
