import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, shipments, type Shipment as ShipmentRow } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import { pieceBarcodes, toArasOrder } from "@/lib/providers/aras";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { nextPollAt } from "./poll-cadence";
import { shipmentFromOrder } from "./shipment-from-order";

export type CreateOrderShipmentResult =
  | { dryRun: true; integrationCode: string; request: unknown }
  | { dryRun: false; shipment: ShipmentRow; outcome: "created" | "existing" };

/**
 * Creates the carrier shipment for an order. Idempotent: the code comes from the order, the row is claimed on
 * (carrier, code) before the call, and the adapter looks the code up before it creates, so any number of retries or
 * concurrent clicks yield one shipment at the carrier. A dry run returns what would be sent and sends nothing.
 */
export async function createOrderShipment(options: {
  db: Db;
  orderId: number;
  carrier: "aras";
  dryRun?: boolean;
  codAmountMinor?: number;
  deps?: SyncDeps;
}): Promise<CreateOrderShipmentResult> {
  const { db, orderId, carrier, deps = {} } = options;
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.no_such_order" });
  const input = shipmentFromOrder(order, { codAmountMinor: options.codAmountMinor });
  if (options.dryRun) return { dryRun: true, integrationCode: input.integrationCode, request: toArasOrder(input) };

  const existing = await findShipment(db, carrier, input.integrationCode);
  if (existing && existing.status !== "cancelled") return { dryRun: false, shipment: existing, outcome: "existing" };

  const adapter = await loadAdapter({ db, integrationId: carrier, kind: "cargo", deps });
  const remote = await adapter.createShipment(input);
  const now = deps.now?.() ?? new Date();
  const pieces = input.pieces ?? pieceBarcodes(input.integrationCode, input.pieceCount).map((barcode) => ({ barcode }));
  const values = {
    carrier,
    integrationCode: input.integrationCode,
    orderId,
    orderRef: order.remoteOrderNumber,
    trackingNumber: remote.trackingNumber,
    trackingUrl: remote.trackingUrl,
    status: remote.status,
    pieces,
    remoteUpdatedAt: remote.updatedAt ?? now,
    nextPollAt: nextPollAt(remote, now),
    raw: remote.raw ?? {},
    createdAt: now,
  };
  const [row] = await db
    .insert(shipments)
    .values(values)
    .onConflictDoUpdate({
      target: [shipments.carrier, shipments.integrationCode],
      set: { ...values, updatedAt: sql`now()` },
      setWhere: sql`${shipments.status} = 'cancelled'`,
    })
    .returning();
  const shipment = row ?? (await findShipment(db, carrier, input.integrationCode));
  if (!shipment) throw new Error(`shipment ${input.integrationCode} vanished`);
  return { dryRun: false, shipment, outcome: row ? "created" : "existing" };
}

export async function findShipment(db: Db, carrier: string, integrationCode: string) {
  const [row] = await db
    .select()
    .from(shipments)
    .where(and(eq(shipments.carrier, carrier), eq(shipments.integrationCode, integrationCode)))
    .limit(1);
  return row;
}
