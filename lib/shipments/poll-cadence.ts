import type { ShipmentStatus } from "./upsert-shipment";

/*
 * When the tracking poll looks at a shipment again (fact sheet, our design): every 30 minutes until the carrier cuts the
 * waybill, every 2 hours while it travels, never again once delivered, returned or cancelled. A shipment that gets no
 * waybill for STALE_AFTER_DAYS is reported once: the parcel may never have been handed over.
 */
export const POLL_BEFORE_WAYBILL_MS = 30 * 60_000;
export const POLL_IN_TRANSIT_MS = 2 * 60 * 60_000;
export const STALE_AFTER_DAYS = 3;

export const FINAL_SHIPMENT_STATUSES: readonly ShipmentStatus[] = ["delivered", "returned", "cancelled"];

export function nextPollAt(
  shipment: { status: ShipmentStatus; trackingNumber: string | null },
  now: Date,
): Date | null {
  if (FINAL_SHIPMENT_STATUSES.includes(shipment.status)) return null;
  const wait = shipment.trackingNumber ? POLL_IN_TRANSIT_MS : POLL_BEFORE_WAYBILL_MS;
  return new Date(now.getTime() + wait);
}

/** True once, when a shipment still has no waybill `days` after it was created and nobody was told yet. */
export function shouldAlertStale(
  shipment: { trackingNumber: string | null; createdAt: Date; staleAlertedAt: Date | null; status: ShipmentStatus },
  now: Date,
  days = STALE_AFTER_DAYS,
): boolean {
  if (shipment.trackingNumber || shipment.staleAlertedAt || shipment.status === "cancelled") return false;
  return now.getTime() - shipment.createdAt.getTime() >= days * 86_400_000;
}
