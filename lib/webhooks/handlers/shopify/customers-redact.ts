import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { customerOrdersWhere, redactShopifyCustomer } from "./customer-data";
import { readExact } from "./shopify-delivery";

/** customers/redact (mandatory compliance topic): the shop asked to erase a customer; Köprü drops their personal data. */
export const handleShopifyCustomersRedact: WebhookHandler = async ({ db, event }) => {
  const body = readExact(event);
  const customer = body.customer as { id?: unknown } | undefined;
  const customerGid = typeof customer?.id === "string" ? `gid://shopify/Customer/${customer.id}` : null;
  const orderIds = Array.isArray(body.orders_to_redact) ? body.orders_to_redact.map(String) : [];
  const count = await redactShopifyCustomer(db, customerOrdersWhere(customerGid, orderIds));
  return { outcome: "processed", note: `customer ${customerGid ?? "?"}: personal data removed from ${count} orders` };
};
