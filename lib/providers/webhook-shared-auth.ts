import { safeEqual } from "@/lib/providers/safe-equal";
import type { WebhookVerification } from "@/lib/providers/webhook-types";

/** Header Trendyol uses for `API_KEY` webhook subscriptions (developers.trendyol.com, webhook model); reused for the others. */
export const WEBHOOK_API_KEY_HEADER = "x-api-key";

export type SharedWebhookAuth = { username?: string; password?: string; apiKey?: string };

function decodeBasic(header: string): { username: string; password: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * For providers without signed webhooks: accept a delivery that carries the Basic credentials or the API key registered
 * with the provider. Fails closed: with nothing configured every delivery is a mismatch.
 */
export function verifySharedWebhookAuth(headers: Headers, auth: SharedWebhookAuth): WebhookVerification {
  const hasBasic = Boolean(auth.username && auth.password);
  const hasApiKey = Boolean(auth.apiKey);
  const authorization = headers.get("authorization");
  const apiKey = headers.get(WEBHOOK_API_KEY_HEADER);
  if (!authorization && !apiKey) return { ok: false, reason: "missing" };
  if (hasBasic && authorization) {
    const given = decodeBasic(authorization);
    if (given) {
      const userOk = safeEqual(given.username, auth.username ?? "");
      const passwordOk = safeEqual(given.password, auth.password ?? "");
      if (userOk && passwordOk) return { ok: true };
    }
  }
  if (hasApiKey && apiKey !== null && safeEqual(apiKey.trim(), auth.apiKey ?? "")) return { ok: true };
  return { ok: false, reason: "mismatch" };
}
