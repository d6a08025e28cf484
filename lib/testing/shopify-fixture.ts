import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { findWebhookHandler, PROVIDERS } from "@/lib/providers/registry";
import type { ShopifyFake } from "@/lib/providers/shopify/fake-server";
import type { WebhookHandlerResult } from "@/lib/webhooks/handler-types";

export const FAKE_SHOPIFY_APP = { clientId: "fake-client-id", clientSecret: "fake-client-secret" };

/** Connects the Shopify integration to a fake with a Dev Dashboard app's client id and secret (test fixture). */
export async function configureShopify(db: Db, actor: Actor, fake: ShopifyFake, extra: Record<string, unknown> = {}) {
  return saveIntegrationConfig({
    db,
    actor,
    type: "shopify",
    body: {
      is_active: true,
      shop_domain: fake.shopDomain,
      auth_model: "client_credentials",
      client_id: FAKE_SHOPIFY_APP.clientId,
      client_secret: FAKE_SHOPIFY_APP.clientSecret,
      base_url: fake.baseUrl,
      ...extra,
    },
  });
}

/** Stores a raw Shopify delivery as the intake would and runs its handler (the raw body is kept byte for byte). */
export async function deliverShopify(
  db: Db,
  input: { topic: string; rawBody: string; headers?: Record<string, string> },
): Promise<{ result: WebhookHandlerResult; eventId: number }> {
  const headers = { "x-shopify-topic": input.topic, "x-shopify-webhook-id": crypto.randomUUID(), ...input.headers };
  const parsed = PROVIDERS.shopify.webhook!.parse({ rawBody: input.rawBody, headers: new Headers(headers) });
  if (!parsed.ok) throw new Error(`Delivery does not parse at ${parsed.path}: ${parsed.message}`);
  const [event] = await db
    .insert(webhookEvents)
    .values({
      provider: "shopify",
      integrationId: "shopify",
      providerEventId: parsed.eventId,
      eventType: parsed.eventType,
      status: "processing",
      headers,
      rawBody: input.rawBody,
    })
    .returning();
  if (!event) throw new Error("webhook event not stored");
  const handler = await findWebhookHandler("shopify", event.eventType);
  if (!handler) throw new Error(`No handler for shopify ${event.eventType}`);
  return { result: await handler({ db, event, payload: parsed.payload }), eventId: event.id };
}
