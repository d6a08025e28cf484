import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { shipments } from "@/db/schema";

export const SHIPMENT_STATUSES = [
  // Sent to the carrier, no waybill (tracking number) yet: the parcel has not been handed over.
  "registered",
  "accepted",
  "in_transit",
  "at_delivery_branch",
  "out_for_delivery",
  "partially_delivered",
  "delivered",
  "redirected",
  "returned",
  "cancelled",
  "unknown",
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export type ShipmentFacts = {
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  /** The carrier's own wording, shown beside the status. */
  statusText: string | null;
  /** When the carrier recorded this status; the newer-wins guard compares it. */
  remoteUpdatedAt: Date;
  raw: unknown;
  /** `undefined` keeps the stored reference. */
  orderRef?: string | null;
};

export type ShipmentUpsertOutcome = "created" | "updated" | "unchanged";

/**
 * Upserts a shipment on (carrier, tracking number). Idempotent and order-independent: only a strictly newer status
 * rewrites the row, so a duplicate or a late older movement never regresses it.
 */
export async function upsertShipment(options: { db: Db; shipment: ShipmentFacts }): Promise<ShipmentUpsertOutcome> {
  const { db, shipment } = options;
  const facts = {
    orderRef: shipment.orderRef,
    status: shipment.status,
    statusText: shipment.statusText,
    remoteUpdatedAt: shipment.remoteUpdatedAt,
    raw: shipment.raw,
  };
  const [row] = await db
    .insert(shipments)
    .values({ carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, ...facts })
    .onConflictDoUpdate({
      target: [shipments.carrier, shipments.trackingNumber],
      set: { ...facts, updatedAt: sql`now()` },
      setWhere: sql`${shipments.remoteUpdatedAt} < excluded.remote_updated_at`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  if (!row) return "unchanged";
  return row.inserted ? "created" : "updated";
}
