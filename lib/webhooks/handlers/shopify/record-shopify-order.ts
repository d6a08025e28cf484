import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { upsertNote } from "../upsert-note";
import { shopifyOrderSchema, toMarketplaceOrder } from "./shopify-order";

/** Every orders/* topic carries the whole order: upsert it, and the newer `updated_at` wins. */
export async function recordShopifyOrder({ db, payload }: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  const order = { ...toMarketplaceOrder(parsePayload(shopifyOrderSchema, payload, "Shopify order")), raw: payload };
  const [result] = await upsertMarketplaceOrders({ db, integrationId: "shopify", orders: [order] });
  return { outcome: "processed", note: upsertNote(`order ${order.remoteOrderNumber}`, result?.outcome ?? "unchanged") };
}
