import { z } from "zod";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { raiseAlertOnce } from "../raise-alert-once";
import { providerIdSchema } from "@/lib/providers/webhook-parse";

/** After an uninstall the access token is revoked and webhooks stop: the merchant has to reinstall, so say so loudly. */
export const handleShopifyAppUninstalled: WebhookHandler = async ({ db, event, payload }) => {
  const shop = parsePayload(
    z.looseObject({ id: providerIdSchema, domain: z.string().nullish() }),
    payload,
    "Shopify shop",
  );
  const shopName = shop.domain ?? String(shop.id);
  const isNewAlert = await raiseAlertOnce({
    db,
    integrationId: "shopify",
    source: "shopify.app_uninstalled",
    // One alert per delivery: an uninstall after a reinstall must alert again.
    key: event.providerEventId ?? String(event.id),
    message: `The Köprü app was uninstalled from ${shopName}; Shopify API calls and webhooks stop until it is reinstalled`,
    details: { shop_id: shop.id, domain: shop.domain ?? null },
  });
  return {
    outcome: "processed",
    note: isNewAlert ? "alert raised" : "alert already raised",
    noteKey: isNewAlert ? "webhookUi.notes.alertRaised" : "webhookUi.notes.alertAlreadyRaised",
  };
};
