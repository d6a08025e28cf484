import { and, asc, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { shipments, type Shipment as ShipmentRow } from "@/db/schema";
import { ProviderError } from "@/lib/errors";
import { notifyOrderEvents } from "@/lib/order-to-cash/dispatch";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import type { Shipment } from "@/lib/providers/cargo";
import { nextPollAt, shouldAlertStale } from "@/lib/shipments/poll-cadence";
import type { ShipmentStatus } from "@/lib/shipments/upsert-shipment";
import type { SyncContext } from "../sync-deps";
import { recordItems, type ItemOutcome } from "../sync-progress";

const BATCH = 50;

/**
 * tracking_in for a carrier without a push channel (Aras): re-reads every shipment whose poll is due and writes what the
 * carrier says now. A changed status or tracking number is the event later steps react to; polling the same state again
 * changes nothing. Each batch is its own step, so a crash resumes with the shipments not yet polled.
 */
export async function syncTrackingIn({ db, runId, integrationId, step, deps }: SyncContext): Promise<void> {
  const now = deps.now?.() ?? new Date();
  for (let batch = 0; ; batch++) {
    const polled = await step.run(`poll-${batch}`, async () => {
      const due = await db
        .select()
        .from(shipments)
        .where(
          and(
            eq(shipments.carrier, integrationId),
            isNotNull(shipments.integrationCode),
            lte(shipments.nextPollAt, now),
          ),
        )
        .orderBy(asc(shipments.nextPollAt), asc(shipments.id))
        .limit(BATCH);
      if (due.length === 0) return 0;
      const adapter = await loadAdapter({ db, integrationId, kind: "cargo", deps });
      const outcomes: ItemOutcome[] = [];
      for (const row of due)
        outcomes.push(...(await pollOne(db, row, () => adapter.getShipment(row.integrationCode!), now)));
      await recordItems(db, runId, outcomes);
      return due.length;
    });
    if (polled < BATCH) return;
  }
}

/** Reads one shipment from the carrier now and stores what changed (the tracking poll's unit, also used on demand). */
export async function pollOne(
  db: Db,
  row: ShipmentRow,
  read: () => Promise<Shipment | null>,
  now: Date,
): Promise<ItemOutcome[]> {
  const ref = row.integrationCode ?? String(row.id);
  let remote: Shipment | null;
  try {
    remote = await read();
  } catch (error) {
    if (error instanceof ProviderError && !error.isRetryable && error.kind === "auth") throw error;
    // One shipment's failure does not stop the others; it is looked at again at the next poll.
    await db
      .update(shipments)
      .set({ lastPolledAt: now, nextPollAt: nextPollAt(toStatusView(row), now) })
      .where(eq(shipments.id, row.id));
    return [{ ref, action: "track", result: "failed", counter: "failed", message: errorText(error) }];
  }
  const status: ShipmentStatus = remote?.status ?? (row.status as ShipmentStatus);
  const trackingNumber = remote?.trackingNumber ?? row.trackingNumber;
  const changed = status !== row.status || trackingNumber !== row.trackingNumber;
  const stale = shouldAlertStale({ ...row, trackingNumber, status: status }, now);
  const raw = remote?.raw as Record<string, string> | null | undefined;
  await db
    .update(shipments)
    .set({
      lastPolledAt: now,
      nextPollAt: nextPollAt({ status, trackingNumber }, now),
      ...(stale ? { staleAlertedAt: now } : {}),
      ...(changed
        ? {
            status,
            trackingNumber,
            trackingUrl: remote?.trackingUrl ?? row.trackingUrl,
            statusText: raw?.DURUMU || null,
            remoteUpdatedAt: remote?.updatedAt ?? now,
            raw: remote?.raw ?? row.raw,
            updatedAt: sql`now()`,
          }
        : {}),
    })
    .where(eq(shipments.id, row.id));
  if (changed && row.orderId !== null) {
    // A new waybill or status is the fact tracking-back and invoice-on-delivery react to.
    await notifyOrderEvents(db, [
      {
        orderId: row.orderId,
        reason: status === "delivered" ? "delivered" : "shipment_status_changed",
        key: `${status}:${trackingNumber ?? ""}`,
      },
    ]);
  }
  const outcomes: ItemOutcome[] = [
    changed
      ? { ref, action: "track", result: "succeeded", counter: "updated", message: `${row.status} → ${status}` }
      : { ref, action: "track", result: "skipped", counter: "skipped", message: status },
  ];
  if (stale) {
    outcomes.push({
      ref,
      action: "waybill_overdue",
      result: "failed",
      counter: "failed",
      message: "No waybill yet: the parcel may not have been handed over to the carrier",
    });
  }
  return outcomes;
}

const toStatusView = (row: ShipmentRow) => ({
  status: row.status as ShipmentStatus,
  trackingNumber: row.trackingNumber,
});
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
