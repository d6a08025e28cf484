import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import { upsertMarketplaceOrders } from "@/lib/orders/upsert-orders";
import type { MarketplaceOrder } from "@/lib/providers/marketplace";
import type { TrendyolWebhookEnvelope } from "@/lib/providers/trendyol/webhook-wire";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { queueOrdersSync } from "../queue-orders-sync";

/**
 * A Trendyol push is a hint: each pushed package is re-read from Trendyol (`getPackage`, the `/v2/orders` look-up)
 * and stored newer-wins, so repeats and out-of-order deliveries leave the same end state. A package the look-up no
 * longer serves (older than a month) is left to the orders sync, which is queued.
 */
export async function refreshPushedPackages(context: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  const { db, event } = context;
  const integrationId = event.integrationId ?? event.provider;
  const payload = context.payload as TrendyolWebhookEnvelope;
  const packageIds = [...new Set(payload.content.map((pkg) => pkg.shipmentPackageId))];
  const adapter = await loadMarketplaceAdapter({ db, integrationId });
  const fresh: MarketplaceOrder[] = [];
  const missing: string[] = [];
  for (const packageId of packageIds) {
    const found = await adapter.getPackage?.(packageId);
    if (found) fresh.push(found);
    else missing.push(packageId);
  }
  const outcomes = await upsertMarketplaceOrders({ db, integrationId, orders: fresh });
  const summary = outcomes.map((outcome) => `${outcome.packageId} ${outcome.outcome}`).join(", ");
  if (missing.length === 0) return { outcome: "processed", note: `re-read from Trendyol: ${summary}` };
  const queued = await queueOrdersSync(context);
  const reread = summary ? `re-read: ${summary}; ` : "";
  return { outcome: "processed", note: `${reread}not served by look-up: ${missing.join(", ")}; ${queued.note}` };
}
