import type { TrendyolCredentials } from "@/lib/providers/trendyol/config";
import { trendyolEventType, trendyolWebhookEnvelopeSchema } from "@/lib/providers/trendyol/webhook-wire";
import { toParseFailure } from "@/lib/providers/webhook-parse";
import { verifySharedWebhookAuth } from "@/lib/providers/webhook-shared-auth";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";
import { parseTrendyolJson } from "./client";

/**
 * The path segment Köprü registers with Trendyol (`/api/integrations/webhook/ty`): Trendyol refuses a webhook URL
 * containing "Trendyol", so the provider id itself cannot appear in it.
 */
export const TRENDYOL_WEBHOOK_PATH_ALIAS = "ty";

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
 * Event id `shipmentPackageId:lastModifiedDate` per package: a repeated delivery dedupes, the package's next change
 * does not. Ids stay exact (int64s are parsed losslessly). Without a modification time there is no event id (the
 * intake then dedupes on the body hash).
 */
export function parseTrendyolWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  let json: unknown;
  try {
    json = parseTrendyolJson(input.rawBody);
  } catch {
    return { ok: false, path: "$", message: "Body is not valid JSON" };
  }
  const parsed = trendyolWebhookEnvelopeSchema.safeParse(json);
  if (!parsed.success) return toParseFailure(parsed.error);
  const packages = parsed.data.content;
  const eventId = packages.every((pkg) => pkg.lastModifiedDate !== undefined)
    ? packages.map((pkg) => `${pkg.shipmentPackageId}:${pkg.lastModifiedDate}`).join(",")
    : null;
  const first = packages[0]!;
  const eventType = trendyolEventType(first.shipmentPackageStatus ?? first.status ?? "");
  return { ok: true, eventId, eventType, payload: parsed.data };
}
