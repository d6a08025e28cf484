import { readAvailable } from "@/lib/providers/shopify/inventory";
import type { WebhookHandler, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { exactGid, isShopifyTest, markShopifyTest, shopifyClientFor } from "./shopify-delivery";

/**
 * Köprü is the source of truth for stock: Shopify's level is read again and noted, not imported; the next stock push
 * sets Köprü's quantity (with compare-and-swap, so a sale in between is reported, not overwritten).
 */
export const handleShopifyInventoryLevelsUpdate: WebhookHandler = async ({
  db,
  event,
}): Promise<WebhookHandlerResult> => {
  const item = exactGid(event, "inventory_item_id", "InventoryItem");
  const location = exactGid(event, "location_id", "Location");
  if (!item || !location)
    return { outcome: "ignored", note: "the delivery names no inventory level", noteKey: "webhookUi.notes.noLevel" };
  const levels = await readAvailable(await shopifyClientFor(db), location, [item]);
  const available = levels.get(item);
  if (available === null || available === undefined) {
    if (isShopifyTest(event)) await markShopifyTest(db, event);
    return {
      outcome: "ignored",
      note: `Shopify has no level for ${item} at ${location}`,
      noteKey: "webhookUi.notes.shopifyNoLevel",
      noteParams: { item, location },
    };
  }
  return {
    outcome: "ignored",
    note: `Shopify shows ${available} available; Köprü owns stock and pushes its own`,
    noteKey: "webhookUi.notes.shopifyStock",
    noteParams: { available },
  };
};
