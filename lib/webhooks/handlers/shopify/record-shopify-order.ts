import { inArray } from "drizzle-orm";
import { products } from "@/db/schema";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { upsertNote } from "../upsert-note";
import { shopifyOrderSchema, toMarketplaceOrder } from "@/lib/providers/shopify/transform";

/**
 * Every orders/* topic carries the whole order: upsert it, and the newer `updated_at` wins. Shopify orders are taken
 * from the push itself (no re-fetch), so a line whose SKU is not in Köprü's catalog fails the event with the SKUs
 * named: the merchant adds the products and replays, rather than fulfilling and invoicing an unmapped line later.
 */
export async function recordShopifyOrder({ db, payload }: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  const order = { ...toMarketplaceOrder(parsePayload(shopifyOrderSchema, payload, "Shopify order")), raw: payload };
  const skus = [...new Set(order.lines.map((line) => line.sku).filter((sku) => sku !== ""))];
  const known = skus.length
    ? await db.select({ sku: products.sku }).from(products).where(inArray(products.sku, skus))
    : [];
  const unknown = skus.filter((sku) => !known.some((row) => row.sku === sku));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown SKU in Shopify order ${order.remoteOrderNumber}: ${unknown.join(", ")}. Add it to the catalog (Products → Import CSV) and replay.`,
    );
  }
  const [result] = await upsertMarketplaceOrders({ db, integrationId: "shopify", orders: [order] });
  return { outcome: "processed", note: upsertNote(`order ${order.remoteOrderNumber}`, result?.outcome ?? "unchanged") };
}
