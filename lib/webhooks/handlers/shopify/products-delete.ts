import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { raiseAlertOnce } from "../raise-alert-once";
import { exactGid } from "./shopify-delivery";

/**
 * Shopify's delete carries only the product id, and there is nothing left to read again: the merchant is told.
 * Köprü's own product is untouched; it is the catalogue's source of truth, and the next products_out recreates it.
 */
export const handleShopifyProductsDelete: WebhookHandler = async ({ db, event }) => {
  const id = exactGid(event, "id", "Product");
  if (!id) return { outcome: "ignored", note: "the delivery names no product", noteKey: "webhookUi.notes.noProduct" };
  const isNewAlert = await raiseAlertOnce({
    db,
    integrationId: "shopify",
    source: "shopify.product_deleted",
    key: id,
    message: `Product ${id} was deleted in Shopify; its variants are no longer sold there`,
    details: { product_id: id },
  });
  return {
    outcome: "processed",
    note: isNewAlert ? "alert raised" : "alert already raised",
    noteKey: isNewAlert ? "webhookUi.notes.alertRaised" : "webhookUi.notes.alertAlreadyRaised",
  };
};
