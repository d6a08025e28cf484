import type { Db } from "@/db/client";
import { inngest } from "@/inngest/client";
import { orderToCashRequested, type OrderToCashRequestedData } from "@/inngest/events";
import { getRunnerMode } from "@/lib/runner/mode";
import type { OrderEventReason } from "./advance";
import { getOrderToCashRules, type OrderToCashRules } from "./rules";

type Listener = (job: OrderToCashRequestedData) => void;
const globalForQueue = globalThis as { __kopruOrderToCash?: Listener };

/** The embedded runner's hook: jobs handed to `dispatchOrderToCash` in embedded mode go here. */
export function onOrderToCash(listener: Listener): void {
  globalForQueue.__kopruOrderToCash = listener;
}

/**
 * Hands an order-to-cash pass to the active runner. The Inngest event id names the order and what happened, so the
 * same fact sent twice (a re-import, a re-polled status) collapses into one run; manual passes are always new.
 */
export async function dispatchOrderToCash(job: OrderToCashRequestedData & { eventKey?: string }): Promise<void> {
  const { eventKey, ...data } = job;
  if (getRunnerMode() === "embedded") return void globalForQueue.__kopruOrderToCash?.(data);
  try {
    await inngest.send(
      orderToCashRequested.create(data, eventKey ? { id: `order-to-cash:${data.orderId}:${eventKey}` } : undefined),
    );
  } catch (error) {
    // The order is not lost: the next event, a retry or a bulk action picks it up again.
    console.warn("[köprü] order-to-cash event not sent", error instanceof Error ? error.message : error);
  }
}

/** Whether anything in the rules reacts to this fact; most merchants start with everything by hand. */
export function rulesReactTo(rules: OrderToCashRules, reason: OrderEventReason): boolean {
  switch (reason) {
    case "imported":
      return rules.shipment_on !== "manual" || rules.invoice_on === "paid";
    case "paid":
      return rules.shipment_on === "paid" || rules.invoice_on === "paid";
    case "shipment_status_changed":
    case "delivered":
      return rules.send_tracking_back || rules.invoice_on === "delivered";
    case "invoice_issued":
      return rules.send_invoice_link_back;
    default:
      return true;
  }
}

/** Tells the runner about facts on orders (imported, paid, shipment moved) when the merchant's rules react to them. */
export async function notifyOrderEvents(
  db: Db,
  events: { orderId: number; reason: OrderEventReason; key: string }[],
): Promise<void> {
  if (events.length === 0) return;
  const rules = await getOrderToCashRules(db);
  for (const event of events) {
    if (!rulesReactTo(rules, event.reason)) continue;
    await dispatchOrderToCash({
      orderId: event.orderId,
      reason: event.reason,
      eventKey: `${event.reason}:${event.key}`,
    });
  }
}
