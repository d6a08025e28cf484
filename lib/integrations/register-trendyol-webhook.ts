import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { webhookUrl } from "@/lib/providers/webhook-path";
import { loadTrendyolAdapter } from "./load-trendyol-adapter";
import { saveIntegrationConfig } from "./save-integration-config";

/**
 * Creates or updates Trendyol's webhook subscription for this console: all statuses, `x-api-key` auth with a freshly
 * generated key. Trendyol is told first; the key is stored only once Trendyol has accepted it, so a refusal leaves the
 * working subscription and its key untouched.
 */
export async function registerTrendyolWebhook(options: {
  db: Db;
  actor: Actor;
  origin: string;
  fetch?: typeof fetch;
}): Promise<{ url: string; created: boolean; subscriptionId: string }> {
  const { db, actor } = options;
  const adapter = await loadTrendyolAdapter({ db, deps: { fetch: options.fetch } });
  const url = webhookUrl(options.origin, "trendyol");
  const apiKey = randomBytes(24).toString("base64url");
  const { id, created } = await adapter.registerWebhook({ url, authenticationType: "API_KEY", apiKey });
  await saveIntegrationConfig({
    db,
    actor,
    type: "trendyol",
    body: { webhook_api_key: apiKey, webhook_username: null, webhook_password: null },
  });
  await recordAudit({
    db,
    actor,
    action: "integration.webhook_registered",
    targetType: "integration",
    targetId: "trendyol",
    details: { url, created, subscriptionId: id },
  });
  return { url, created, subscriptionId: id };
}
