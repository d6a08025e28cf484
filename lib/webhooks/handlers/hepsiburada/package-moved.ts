import { and, eq } from "drizzle-orm";
import { orders } from "@/db/schema";
import { toOrderStatus } from "@/lib/providers/hepsiburada/transform";
import { webhookPackageMoveSchema } from "@/lib/providers/hepsiburada/webhook-wire";
import { loadHepsiburadaAdapter } from "@/lib/sync/hepsiburada/hepsiburada-adapter";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";

const INTEGRATION_ID = "hepsiburada";

/**
 * intransit / deliver / undeliver: re-reads the package from Hepsiburada (the call is only a hint) and stores the status
 * it reports now, so duplicates and out-of-order calls converge on Hepsiburada's current state.
 */
export const handleHepsiburadaPackageMoved: WebhookHandler = async ({ db, payload }) => {
  const body = parsePayload(webhookPackageMoveSchema, payload, "Hepsiburada package");
  const { packageNumber } = body;
  const match = and(eq(orders.integrationId, INTEGRATION_ID), eq(orders.packageId, packageNumber));
  const [row] = await db.select({ id: orders.id, status: orders.status }).from(orders).where(match).limit(1);
  if (!row)
    return { outcome: "processed", note: `package ${packageNumber} not imported yet; the next order sync brings it` };
  const adapter = await loadHepsiburadaAdapter(db, INTEGRATION_ID);
  const current = await adapter.getPackageStatus(packageNumber);
  if (!current) return { outcome: "ignored", note: `Hepsiburada does not know package ${packageNumber}` };
  const status = toOrderStatus(current.status);
  if (status === "unknown") return { outcome: "ignored", note: `status "${current.status}" is not one Köprü maps` };
  if (status === row.status) return { outcome: "processed", note: `package ${packageNumber} already ${status}` };
  await db.update(orders).set({ status, remoteUpdatedAt: new Date(), updatedAt: new Date() }).where(match);
  return { outcome: "processed", note: `package ${packageNumber} is now ${status}` };
};
