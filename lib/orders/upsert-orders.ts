import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import { notifyOrderEvents } from "@/lib/order-to-cash/dispatch";
import type { MarketplaceOrder } from "@/lib/providers/marketplace";

export type UpsertOutcome = { packageId: string; orderNumber: string; outcome: "created" | "updated" | "unchanged" };

/**
 * Upserts marketplace packages on (integration, package id). A package is only rewritten when the marketplace's
 * modification time moved forward, so re-imports and overlapping windows converge without churn.
 */
export async function upsertMarketplaceOrders(options: {
  db: Db;
  integrationId: string;
  orders: MarketplaceOrder[];
}): Promise<UpsertOutcome[]> {
  const { db, integrationId } = options;
  if (options.orders.length === 0) return [];
  // Within one page a package may appear twice (modified mid-walk); keep its newest version.
  const latest = new Map<string, MarketplaceOrder>();
  for (const order of options.orders) {
    const seen = latest.get(order.packageId);
    if (!seen || seen.lastModified <= order.lastModified) latest.set(order.packageId, order);
  }
  const rows = [...latest.values()].map((order) => ({
    remote_order_number: order.remoteOrderNumber,
    package_id: order.packageId,
    status: order.status,
    customer_name: order.customerName,
    customer_email: order.customerEmail,
    shipping_address: order.address,
    currency: order.currency,
    total_kurus: order.totalKurus,
    lines: order.lines,
    ordered_at: order.orderDate,
    remote_updated_at: order.lastModified,
    raw: order.raw,
  }));
  // The whole page travels as one JSON parameter unpacked by jsonb_to_recordset: thousands of bound parameters cost
  // more memory in the driver than the orders themselves (measured with bench:sync).
  const result = await db.execute(sql`
    insert into ${orders} (integration_id, remote_order_number, package_id, status, customer_name, customer_email,
      shipping_address, currency, total_kurus, lines, ordered_at, remote_updated_at, raw)
    select ${integrationId}, x.remote_order_number, x.package_id, x.status, x.customer_name, x.customer_email,
      x.shipping_address, x.currency, x.total_kurus, x.lines, x.ordered_at, x.remote_updated_at, x.raw
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(remote_order_number text, package_id text, status text,
      customer_name text, customer_email text, shipping_address jsonb, currency text, total_kurus integer, lines jsonb,
      ordered_at timestamptz, remote_updated_at timestamptz, raw jsonb)
    on conflict (integration_id, package_id) do update set
      remote_order_number = excluded.remote_order_number, status = excluded.status, customer_name = excluded.customer_name,
      customer_email = excluded.customer_email, shipping_address = excluded.shipping_address, currency = excluded.currency,
      total_kurus = excluded.total_kurus, lines = excluded.lines, ordered_at = excluded.ordered_at,
      remote_updated_at = excluded.remote_updated_at, raw = excluded.raw, updated_at = now()
      where ${orders}.remote_updated_at < excluded.remote_updated_at
    returning id, package_id, (xmax = 0) as inserted`);
  const written = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    id: number;
    package_id: string;
    inserted: boolean;
  }[];
  // A new order is the "imported" fact the order-to-cash rules may react to.
  await notifyOrderEvents(
    db,
    written.filter((row) => row.inserted).map((row) => ({ orderId: Number(row.id), reason: "imported", key: "1" })),
  );
  const byPackage = new Map(
    written.map((row) => [row.package_id, row.inserted ? ("created" as const) : ("updated" as const)]),
  );
  return [...latest.values()].map((order) => ({
    packageId: order.packageId,
    orderNumber: order.remoteOrderNumber,
    outcome: byPackage.get(order.packageId) ?? "unchanged",
  }));
}
