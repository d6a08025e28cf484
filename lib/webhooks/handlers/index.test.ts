import { describe, expect, it } from "vitest";
import { WEBHOOK_PROVIDER_IDS, WEBHOOK_PROVIDERS } from "@/lib/webhooks/webhook-providers";
import { WEBHOOK_HANDLERS, findWebhookHandler } from "./index";

describe("WEBHOOK_HANDLERS", () => {
  it.each(WEBHOOK_PROVIDER_IDS)("has a handler for every %s event type and nothing else", (provider) => {
    const eventTypes = WEBHOOK_PROVIDERS[provider].eventTypes;
    for (const eventType of eventTypes)
      expect(findWebhookHandler(provider, eventType), `${provider} ${eventType}`).toBeTypeOf("function");
    expect(Object.keys(WEBHOOK_HANDLERS[provider]).sort()).toEqual([...eventTypes].sort());
  });

  it("finds nothing for an unknown provider, an unknown or missing event type, or an inherited key", () => {
    expect(findWebhookHandler("amazon", "orders/create")).toBeUndefined();
    expect(findWebhookHandler("shopify", "orders/teleported")).toBeUndefined();
    expect(findWebhookHandler("shopify", null)).toBeUndefined();
    expect(findWebhookHandler("shopify", "constructor")).toBeUndefined();
    expect(findWebhookHandler("__proto__", "toString")).toBeUndefined();
  });
});
