import { eq } from "drizzle-orm";
import { orders } from "@/db/schema";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { redactShopifyCustomer } from "./customer-data";

/** shop/redact (mandatory compliance topic, 48 h after uninstall): personal data of every Shopify order is removed. */
export const handleShopifyShopRedact: WebhookHandler = async ({ db }) => {
  const count = await redactShopifyCustomer(db, eq(orders.integrationId, "shopify"));
  return { outcome: "processed", note: `shop redacted: personal data removed from ${count} Shopify orders` };
};
