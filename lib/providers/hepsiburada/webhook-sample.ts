import { randomInt, randomUUID } from "node:crypto";
import type { HepsiburadaCredentials } from "@/lib/providers/hepsiburada/config";
import type { HepsiburadaWebhookEventType } from "@/lib/providers/hepsiburada/wire";
import { buildSharedWebhookAuthHeaders } from "@/lib/providers/webhook-sample-auth";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

export { HEPSIBURADA_WEBHOOK_EVENT_TYPES } from "@/lib/providers/hepsiburada/wire";

function samplePayload(eventType: HepsiburadaWebhookEventType, merchantId: string): Record<string, unknown> {
  const common = { eventId: randomUUID(), merchantId, occurredAt: new Date().toISOString() };
  if (eventType === "PRODUCT_UPDATED") {
    return {
      ...common,
      eventType,
      merchantSku: "KOPRU-TSHIRT-M",
      hepsiburadaSku: "HBCV00000ABCDE",
      price: 1249.9,
      availableStock: 12,
    };
  }
  return {
    ...common,
    eventType,
    orderNumber: String(randomInt(4_000_000_000, 4_999_999_999)),
    packageNumber: String(randomInt(100_000_000, 999_999_999)),
    lineItemId: randomUUID(),
    status: "Packaged",
    merchantSku: "KOPRU-TSHIRT-M",
    quantity: 1,
  };
}

/** A delivery in Köprü's accepted shape, with the Basic or `x-api-key` header the merchant registered. */
export function buildSampleHepsiburadaWebhook(
  eventType: HepsiburadaWebhookEventType,
  credentials: Pick<
    HepsiburadaCredentials,
    "merchant_id" | "webhook_username" | "webhook_password" | "webhook_api_key"
  >,
): SampleWebhook {
  const auth = {
    username: credentials.webhook_username,
    password: credentials.webhook_password,
    apiKey: credentials.webhook_api_key,
  };
  const body = JSON.stringify(samplePayload(eventType, credentials.merchant_id));
  return { body, headers: { "content-type": "application/json", ...buildSharedWebhookAuthHeaders(auth) } };
}
