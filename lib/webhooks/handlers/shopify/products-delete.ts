import { z } from "zod";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { raiseAlertOnce } from "../raise-alert-once";
import { providerIdSchema } from "@/lib/providers/webhook-parse";

/**
 * Shopify's delete carries only the product id, while listings are per variant: the listings cannot be found from it,
 * so the merchant is told instead. Köprü's own product is untouched; it is the catalogue's source of truth.
 */
export const handleShopifyProductsDelete: WebhookHandler = async ({ db, payload }) => {
  const { id } = parsePayload(z.looseObject({ id: providerIdSchema }), payload, "Shopify product delete");
  const isNewAlert = await raiseAlertOnce({
    db,
    integrationId: "shopify",
    source: "shopify.product_deleted",
    key: String(id),
    message: `Product ${id} was deleted in Shopify; its variants are no longer sold there`,
    details: { product_id: id },
  });
  return { outcome: "processed", note: isNewAlert ? "alert raised" : "alert already raised" };
};
