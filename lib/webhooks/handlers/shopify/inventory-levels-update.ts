import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/** Köprü is the source of truth for stock: a Shopify-side level is overwritten by the next stock push, not imported. */
export const handleShopifyInventoryLevelsUpdate: WebhookHandler = async () => ({
  outcome: "ignored",
  note: "Köprü owns stock; Shopify's level is not imported",
});
