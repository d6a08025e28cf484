import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, paymentLinks } from "@/db/schema";

/** Köprü's Shopify orders that belong to a customer: by the customer's GID on the order, or by the listed order ids. */
export function customerOrdersWhere(customerGid: string | null, orderIds: string[]) {
  const byCustomer = customerGid ? sql`${orders.raw} -> 'customer' ->> 'id' = ${customerGid}` : undefined;
  const byOrder = orderIds.length ? inArray(orders.packageId, orderIds) : undefined;
  return and(eq(orders.integrationId, "shopify"), or(byCustomer, byOrder) ?? sql`false`);
}

/**
 * Removes a customer's personal data from Köprü's copies of their Shopify orders: name, e-mail, shipping address and
 * the customer and address in the stored order, and the address their payment links were e-mailed to. Amounts and
 * lines stay (bookkeeping). Returns the orders changed.
 */
export async function redactShopifyCustomer(
  db: Db,
  where: ReturnType<typeof customerOrdersWhere> | ReturnType<typeof eq>,
): Promise<number> {
  const changed = await db
    .update(orders)
    .set({
      customerName: null,
      customerEmail: null,
      shippingAddress: null,
      raw: sql`${orders.raw} - 'customer' - 'shippingAddress' - 'email'`,
      updatedAt: new Date(),
    })
    .where(where)
    .returning({ id: orders.id });
  // The address a payment link was e-mailed to is theirs too.
  if (changed.length > 0)
    await db
      .update(paymentLinks)
      .set({ emailedTo: null })
      .where(
        inArray(
          paymentLinks.orderId,
          changed.map((order) => order.id),
        ),
      );
  return changed.length;
}
