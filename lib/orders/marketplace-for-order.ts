import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, type Order } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import { loadTrendyolAdapter } from "@/lib/sync/trendyol/trendyol-adapter";

/** The order and an adapter for its marketplace; only marketplaces with package operations qualify. */
export async function loadOrderWithAdapter(options: { db: Db; orderId: number; fetch?: typeof fetch }) {
  const [order] = await options.db.select().from(orders).where(eq(orders.id, options.orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.order_not_found" });
  if (order.integrationId !== "trendyol") {
    throw new AppError("invalid_input", "This marketplace's orders cannot be updated from Köprü yet", {
      messageKey: "errors.order_operations_unsupported",
      params: { marketplace: order.integrationId },
    });
  }
  const { adapter } = await loadTrendyolAdapter(options.db, order.integrationId, { fetch: options.fetch });
  return { order, adapter };
}

/** Re-reads one package from the marketplace and stores it (newer wins); the marketplace is the source of truth. */
export async function refreshOrderPackage(options: {
  db: Db;
  order: Order;
  adapter: Awaited<ReturnType<typeof loadOrderWithAdapter>>["adapter"];
}) {
  const fresh = await options.adapter.getOrderPackages({ packageIds: [options.order.packageId] });
  await upsertMarketplaceOrders({ db: options.db, integrationId: options.order.integrationId, orders: fresh });
}
