import { count } from "drizzle-orm";
import { orders } from "@/db/schema";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { raiseAlertOnce } from "../raise-alert-once";
import { customerOrdersWhere } from "./customer-data";
import { readExact } from "./shopify-delivery";

/**
 * customers/data_request (mandatory compliance topic): a customer asked the shop for their data. Köprü answers the
 * delivery, logs it, and tells the merchant which orders it holds for that customer so they can include them.
 */
export const handleShopifyCustomersDataRequest: WebhookHandler = async ({ db, event }) => {
  const body = readExact(event);
  const customer = body.customer as { id?: unknown } | undefined;
  const customerGid = typeof customer?.id === "string" ? `gid://shopify/Customer/${customer.id}` : null;
  const orderIds = Array.isArray(body.orders_requested) ? body.orders_requested.map(String) : [];
  const [held] = await db.select({ value: count() }).from(orders).where(customerOrdersWhere(customerGid, orderIds));
  const requestId = (body.data_request as { id?: unknown } | undefined)?.id;
  await raiseAlertOnce({
    db,
    integrationId: "shopify",
    source: "shopify.customer_data_request",
    key: String(requestId ?? event.providerEventId ?? event.id),
    message: `A customer asked Shopify for their data; Köprü holds ${held?.value ?? 0} of their orders`,
    details: { customer: customerGid, orders: orderIds },
  });
  return {
    outcome: "processed",
    note: `data request logged; Köprü holds ${held?.value ?? 0} orders of ${customerGid ?? "?"}`,
  };
};
