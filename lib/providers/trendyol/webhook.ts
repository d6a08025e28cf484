import type { TrendyolCredentials } from "@/lib/providers/trendyol/config";
import { trendyolEventType, trendyolWebhookPackageSchema } from "@/lib/providers/trendyol/webhook-wire";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import { verifySharedWebhookAuth } from "@/lib/providers/webhook-shared-auth";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

/**
 * Trendyol does not sign webhooks: a delivery carries the Basic credentials (`BASIC_AUTHENTICATION`) or the
 * `x-api-key` header (`API_KEY`) registered with the subscription, compared in constant time.
 */
export function verifyTrendyolWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<TrendyolCredentials, "webhook_username" | "webhook_password" | "webhook_api_key">;
  now?: Date;
}): WebhookVerification {
  const { webhook_username: username, webhook_password: password, webhook_api_key: apiKey } = input.credentials;
  return verifySharedWebhookAuth(input.headers, { username, password, apiKey });
}

/**
 * Event id `packageId:STATUS:lastModifiedDate`: a re-delivery dedupes, the next status of the package does not. No
 * modification time, no event id (the intake dedupes on the body hash).
 */
export function parseTrendyolWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const parsed = parseJsonBody(input.rawBody, trendyolWebhookPackageSchema);
  if (!parsed.ok) return parsed;
  const pkg = parsed.data;
  const status = (pkg.shipmentPackageStatus ?? pkg.status ?? "").toUpperCase();
  const packageId = pkg.id ?? pkg.shipmentPackageId;
  // Without the modification time two pushes of the same status could be distinct events: dedupe on the body then.
  const eventId = pkg.lastModifiedDate === undefined ? null : `${packageId}:${status}:${pkg.lastModifiedDate}`;
  return { ok: true, eventId, eventType: trendyolEventType(status), payload: pkg };
}
