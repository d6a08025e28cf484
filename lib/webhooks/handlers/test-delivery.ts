import type { Db } from "@/db/client";
import { integrations, webhookEvents } from "@/db/schema";
import type { WebhookCallTarget } from "@/lib/providers/webhook-types";
import type { WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { PROVIDERS, findWebhookHandler, type WebhookDefinition } from "@/lib/providers/registry";
import type { ProviderId } from "@/lib/providers/types";

/** Test fixture: drives the handlers with the providers' own realistic samples, the way the intake would. */

/** The providers that push webhooks (the registry test checks this list against the registry). */
export type WebhookProviderId = Exclude<ProviderId, "aras" | "luca">;

const SAMPLE_CREDENTIALS: Record<WebhookProviderId, Record<string, unknown>> = {
  shopify: { webhook_secret: "shpss_test_secret", shop_domain: "kopru-demo.myshopify.com" },
  stripe: { webhook_secret: "whsec_test_secret" },
  iyzico: { secret_key: "sandbox-secret-key", merchant_id: "3397040" },
  hepsiburada: {
    merchant_id: "7f3c2a10-5b4e-4d8a-9c1f-2e6b8a0d4c37",
    developer_username: "kopru_dev",
    webhook_username: "kopru",
    webhook_password: "hook-pass",
  },
  trendyol: { webhook_username: "kopru", webhook_password: "hook-pass" },
};

function webhookOf(provider: WebhookProviderId): WebhookDefinition {
  const webhook = PROVIDERS[provider].webhook;
  if (!webhook) throw new Error(`${provider} has no webhook in the registry`);
  return webhook;
}

export type SampleDelivery = {
  provider: WebhookProviderId;
  headers: Record<string, string>;
  body: Record<string, unknown>;
} & WebhookCallTarget;

/** The provider's sample delivery for `eventType`, its body JSON-parsed so a test can adjust it before delivering. */
export function sampleDelivery(provider: WebhookProviderId, eventType: string): SampleDelivery {
  const sample = webhookOf(provider).buildSample(eventType, SAMPLE_CREDENTIALS[provider]);
  return {
    provider,
    headers: sample.headers,
    body: JSON.parse(sample.body) as Record<string, unknown>,
    method: sample.method,
    path: sample.path,
  };
}

/** Parses the delivery with the provider's intake parser, stores it as a webhook event, and runs its handler. */
export async function deliver(db: Db, delivery: SampleDelivery): Promise<WebhookHandlerResult> {
  const rawBody = JSON.stringify(delivery.body);
  const parsed = webhookOf(delivery.provider).parse({
    rawBody,
    headers: new Headers(delivery.headers),
    method: delivery.method,
    path: delivery.path,
  });
  if (!parsed.ok) throw new Error(`Sample does not parse at ${parsed.path}: ${parsed.message}`);
  const [event] = await db
    .insert(webhookEvents)
    .values({
      provider: delivery.provider,
      integrationId: delivery.provider,
      providerEventId: parsed.eventId,
      eventType: parsed.eventType,
      status: "processing",
      headers: delivery.headers,
      rawBody,
    })
    .returning();
  if (!event) throw new Error("webhook event not stored");
  const handler = await findWebhookHandler(event.provider, event.eventType);
  if (!handler) throw new Error(`No handler for ${event.provider} ${event.eventType}`);
  return handler({ db, event, payload: parsed.payload });
}

/** An active integration row, which orders and listings reference. */
export async function insertIntegration(db: Db, id: WebhookProviderId, kind = "marketplace"): Promise<void> {
  await db.insert(integrations).values({ id, kind, isActive: true }).onConflictDoNothing();
}
