import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { TrendyolWebhookEnvelope } from "@/lib/providers/trendyol/webhook-wire";
import { loadTrendyolAdapter } from "@/lib/sync/trendyol/trendyol-adapter";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { queueTrendyolOrdersSync } from "./queue-orders-sync";

/**
 * A Trendyol push is a hint: the pushed packages are re-read from Trendyol (`/v2/orders` by package id) and stored
 * newer-wins, so repeats and out-of-order deliveries leave the same end state. A package Trendyol's look-up no longer
 * serves (older than a month) is left to the orders sync, which is queued.
 */
export async function refreshPushedPackages(context: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  const { db } = context;
  const payload = context.payload as TrendyolWebhookEnvelope;
  const packageIds = [...new Set(payload.content.map((pkg) => pkg.shipmentPackageId))];
  const { adapter } = await loadTrendyolAdapter(db, "trendyol");
  const fresh = await adapter.getOrderPackages({ packageIds });
  const outcomes = await upsertMarketplaceOrders({ db, integrationId: "trendyol", orders: fresh });
  const missing = packageIds.filter((id) => !fresh.some((order) => order.packageId === id));
  const summary = outcomes.map((outcome) => `${outcome.packageId} ${outcome.outcome}`).join(", ");
  if (missing.length === 0) return { outcome: "processed", note: `re-read from Trendyol: ${summary}` };
  const queued = await queueTrendyolOrdersSync(context);
  return {
    outcome: "processed",
    note: `${summary ? `re-read: ${summary}; ` : ""}not served by look-up: ${missing.join(", ")}; ${queued.note}`,
  };
}
