import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { shipments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import { pollOne } from "@/lib/sync/cargo/tracking-in";
import type { SyncDeps } from "@/lib/sync/sync-deps";

/**
 * "Check tracking now" for one order: reads its shipment from the carrier at once instead of waiting for the poll's
 * cadence; a new waybill or status is handed to the order-to-cash rules like a polled one.
 */
export async function refreshOrderShipment(options: { db: Db; orderId: number; deps?: SyncDeps }) {
  const { db, orderId, deps = {} } = options;
  const [row] = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).limit(1);
  if (!row?.integrationCode)
    throw new AppError("not_found", "This order has no shipment yet", { messageKey: "orderToCash.errors.no_shipment" });
  const adapter = await loadAdapter({ db, integrationId: row.carrier, kind: "cargo", deps });
  const [outcome] = await pollOne(db, row, () => adapter.getShipment(row.integrationCode!), deps.now?.() ?? new Date());
  const [fresh] = await db.select().from(shipments).where(eq(shipments.id, row.id)).limit(1);
  return { outcome, shipment: fresh! };
}
