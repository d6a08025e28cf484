import { inArray } from "drizzle-orm";
import { products } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import { getOrder } from "@/lib/providers/shopify/orders";
import type { WebhookHandler, WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { upsertNote } from "../upsert-note";
import { exactGid, isShopifyTest, markShopifyTest, shopifyClientFor } from "./shopify-delivery";

/**
 * Every order-related delivery is a hint: the order is read again through GraphQL and upserted (newer `updatedAt`
 * wins, so duplicates and out-of-order deliveries converge). An order Shopify does not have is a test notification
 * (recorded as a test) or one outside the app's 60-day window; neither fails. A line whose SKU is not in Köprü's
 * catalog fails the event with the SKUs named: the merchant adds the products and replays.
 */
export async function recordShopifyOrder(
  context: WebhookHandlerContext,
  orderGid: string | null,
): Promise<WebhookHandlerResult> {
  const { db, event } = context;
  if (!orderGid) return { outcome: "ignored", note: "the delivery names no order", noteKey: "webhookUi.notes.noOrder" };
  const order = await getOrder(await shopifyClientFor(db), orderGid);
  if (!order) {
    if (isShopifyTest(event)) {
      await markShopifyTest(db, event);
      return {
        outcome: "ignored",
        note: `Shopify test notification: order ${orderGid} does not exist in the store`,
        noteKey: "webhookUi.notes.shopifyTestOrder",
        noteParams: { id: orderGid },
      };
    }
    return {
      outcome: "ignored",
      note: `Shopify no longer shows order ${orderGid} (deleted, or older than 60 days)`,
      noteKey: "webhookUi.notes.shopifyOrderGone",
      noteParams: { id: orderGid },
    };
  }
  const skus = [...new Set(order.lines.map((line) => line.sku).filter((sku) => sku !== ""))];
  const known = skus.length
    ? await db.select({ sku: products.sku }).from(products).where(inArray(products.sku, skus))
    : [];
  const unknown = skus.filter((sku) => !known.some((row) => row.sku === sku));
  if (unknown.length > 0) {
    throw new AppError(
      "invalid_input",
      `Unknown SKU in Shopify order ${order.remoteOrderNumber}: ${unknown.join(", ")}. Add it to the catalog (Products → Import CSV) and replay.`,
      {
        messageKey: "webhookUi.errors.unknownSku",
        params: { order: order.remoteOrderNumber, skus: unknown.join(", ") },
      },
    );
  }
  const [result] = await upsertMarketplaceOrders({ db, integrationId: "shopify", orders: [order] });
  const outcome = result?.outcome ?? "unchanged";
  return {
    outcome: "processed",
    note: upsertNote(`order ${order.remoteOrderNumber}`, outcome),
    noteKey: `webhookUi.notes.order.${outcome}`,
    noteParams: { order: order.remoteOrderNumber },
  };
}

/** orders/*: the body is the order itself. */
export const handleShopifyOrder: WebhookHandler = (context) =>
  recordShopifyOrder(context, exactGid(context.event, "id", "Order"));

/** refunds/create, fulfillments/*: the body names its order in `order_id`. */
export const handleShopifyOrderChild: WebhookHandler = (context) =>
  recordShopifyOrder(context, exactGid(context.event, "order_id", "Order"));
