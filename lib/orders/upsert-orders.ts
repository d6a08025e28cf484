import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import type { MarketplaceOrder } from "@/lib/providers/marketplace";

export type UpsertOutcome = { packageId: string; orderNumber: string; outcome: "created" | "updated" | "unchanged" };

/**
 * Upserts marketplace packages on (integration, package id). A package is only rewritten when the marketplace's
 * modification time moved forward, so re-imports and overlapping windows converge without churn.
 */
export async function upsertMarketplaceOrders(options: { db: Db; integrationId: string; orders: MarketplaceOrder[] }): Promise<UpsertOutcome[]> {
  const { db, integrationId } = options;
  if (options.orders.length === 0) return [];
  // Within one page a package may appear twice (modified mid-walk); keep its newest version.
  const latest = new Map<string, MarketplaceOrder>();
  for (const order of options.orders) {
    const seen = latest.get(order.packageId);
    if (!seen || seen.lastModified <= order.lastModified) latest.set(order.packageId, order);
  }
  const rows = [...latest.values()].map((order) => ({
    integrationId,
    remoteOrderNumber: order.remoteOrderNumber,
    packageId: order.packageId,
    status: order.status,
    customerName: order.customerName,
    customerEmail: order.customerEmail,
    shippingAddress: order.address,
    currency: order.currency,
    totalKurus: order.totalKurus,
    lines: order.lines,
    orderedAt: order.orderDate,
    remoteUpdatedAt: order.lastModified,
    raw: order.raw,
  }));
  const written = await db
    .insert(orders)
    .values(rows)
    .onConflictDoUpdate({
      target: [orders.integrationId, orders.packageId],
      set: {
        remoteOrderNumber: sql`excluded.remote_order_number`,
        status: sql`excluded.status`,
        customerName: sql`excluded.customer_name`,
        customerEmail: sql`excluded.customer_email`,
        shippingAddress: sql`excluded.shipping_address`,
        currency: sql`excluded.currency`,
        totalKurus: sql`excluded.total_kurus`,
        lines: sql`excluded.lines`,
        orderedAt: sql`excluded.ordered_at`,
        remoteUpdatedAt: sql`excluded.remote_updated_at`,
        raw: sql`excluded.raw`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${orders.remoteUpdatedAt} < excluded.remote_updated_at`,
    })
    .returning({ packageId: orders.packageId, inserted: sql<boolean>`(xmax = 0)` });
  const byPackage = new Map(written.map((row) => [row.packageId, row.inserted ? ("created" as const) : ("updated" as const)]));
  return [...latest.values()].map((order) => ({
    packageId: order.packageId,
    orderNumber: order.remoteOrderNumber,
    outcome: byPackage.get(order.packageId) ?? "unchanged",
  }));
}
