import { WEBHOOK_API_KEY_HEADER, type SharedWebhookAuth } from "@/lib/providers/webhook-shared-auth";

/** The headers an unsigned-webhook provider sends for the configured scheme (Basic preferred), for test deliveries. */
export function buildSharedWebhookAuthHeaders(auth: SharedWebhookAuth): Record<string, string> {
  if (auth.username && auth.password) {
    return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`, "utf8").toString("base64")}` };
  }
  return auth.apiKey ? { [WEBHOOK_API_KEY_HEADER]: auth.apiKey } : {};
}
