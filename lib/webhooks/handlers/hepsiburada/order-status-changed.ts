import { and, eq, lt } from "drizzle-orm";
import { orders } from "@/db/schema";
import { hepsiburadaOrderStatusChangedSchema } from "@/lib/providers/hepsiburada/wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { toOrderStatus } from "@/lib/providers/hepsiburada/transform";

const INTEGRATION_ID = "hepsiburada";

/**
 * Moves an imported package (or, without a package number, every package of the order) to the pushed status when the
 * push is newer than what we hold. A package we have not imported is left to the order sync, which brings it whole.
 */
export const handleHepsiburadaOrderStatusChanged: WebhookHandler = async ({ db, event, payload }) => {
  const push = parsePayload(hepsiburadaOrderStatusChangedSchema, payload, "Hepsiburada order status");
  const status = toOrderStatus(push.status);
  const ref = push.packageNumber ? `package ${push.packageNumber}` : `order ${push.orderNumber}`;
  const match = and(
    eq(orders.integrationId, INTEGRATION_ID),
    push.packageNumber ? eq(orders.packageId, push.packageNumber) : eq(orders.remoteOrderNumber, push.orderNumber),
  );
  const existing = await db.select({ id: orders.id }).from(orders).where(match).limit(1);
  if (existing.length === 0)
    return { outcome: "processed", note: `${ref} not imported yet; the next order sync brings it` };
  if (!status)
    return { outcome: "ignored", note: `status "${push.status}" is not one Köprü maps; the next order sync brings it` };

  const occurredAt = push.occurredAt ? new Date(push.occurredAt) : event.receivedAt;
  const at = Number.isNaN(occurredAt.getTime()) ? event.receivedAt : occurredAt;
  const updated = await db
    .update(orders)
    .set({ status, remoteUpdatedAt: at, updatedAt: new Date() })
    .where(and(match, lt(orders.remoteUpdatedAt, at)))
    .returning({ id: orders.id });
  if (updated.length === 0)
    return { outcome: "processed", note: `${ref} unchanged: it already reflects a newer state` };
  return { outcome: "processed", note: `${ref} is now ${status}` };
};
