import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, type Order } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { MarketplaceAdapter } from "@/lib/providers/marketplace";
import type { SyncDeps } from "@/lib/sync/sync-deps";

/** The order and its marketplace's adapter. */
export async function loadOrderWithAdapter(options: { db: Db; orderId: number; deps?: SyncDeps }) {
  const [order] = await options.db.select().from(orders).where(eq(orders.id, options.orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.order_not_found" });
  const adapter = await loadMarketplaceAdapter({
    db: options.db,
    integrationId: order.integrationId,
    deps: options.deps,
  });
  return { order, adapter };
}

/** What an adapter cannot do is refused in our words, naming the marketplace. */
export function unsupported(order: Order): AppError {
  return new AppError("invalid_input", "This marketplace's orders cannot be updated from Köprü yet", {
    messageKey: "errors.order_operations_unsupported",
    params: { marketplace: order.integrationId },
  });
}

/** Re-reads one package from the marketplace and stores it (newer wins); the marketplace is the source of truth. */
export async function refreshOrderPackage(options: { db: Db; order: Order; adapter: MarketplaceAdapter }) {
  const fresh = await options.adapter.getPackage?.(options.order.packageId);
  if (fresh)
    await upsertMarketplaceOrders({ db: options.db, integrationId: options.order.integrationId, orders: [fresh] });
}
