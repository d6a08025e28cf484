import type { Db } from "@/db/client";
import type { StepRunner } from "@/lib/sync/step";
import { loadOrderState } from "./order-state";
import { getOrderToCashRules, type OrderToCashRules } from "./rules";
import { recordObservedStep } from "./step-run";
import { performStep, type ActionStep, type OrderToCashDeps } from "./steps";

/** What became of one step in one pass: done now, found done, not due (and why), or waiting for an earlier step. */
export type StepDecision = { step: string; result: "done" | "existing" | "skipped"; reason?: string };

export const ORDER_EVENT_REASONS = [
  "imported",
  "paid",
  "shipment_status_changed",
  "delivered",
  "invoice_issued",
  "manual",
  "retry",
  "bulk",
] as const;
export type OrderEventReason = (typeof ORDER_EVENT_REASONS)[number];

const skipped = (step: string, reason: string): StepDecision => ({ step, result: "skipped", reason });

/**
 * Moves one order as far along order-to-cash as the merchant's rules allow: shipment → tracking back → delivered →
 * invoice → invoice link back → accounting. Each step is its own `step.run` (an Inngest step, or a plain call on the
 * embedded runner) and decides from stored state, so a replay of the same event finds every step done and sends
 * nothing. `force` runs that one step whatever the rules say (manual, retry from this step). A failing step throws:
 * the steps after it wait for the next pass.
 */
export async function advanceOrderToCash(options: {
  db: Db;
  orderId: number;
  reason: OrderEventReason;
  step: StepRunner;
  force?: ActionStep;
  deps?: OrderToCashDeps;
}): Promise<StepDecision[]> {
  const { db, orderId, step, force, deps = {} } = options;
  const rules: OrderToCashRules = await step.run("load-rules", () => getOrderToCashRules(db));
  const trigger = (name: ActionStep) => (force === name ? options.reason : `rule:${options.reason}`);
  const perform = async (name: ActionStep): Promise<StepDecision> => {
    const outcome = await performStep({ db, orderId, step: name, trigger: trigger(name), deps });
    return { step: name, result: outcome.outcome === "succeeded" ? "done" : "existing", reason: outcome.outcome };
  };
  const decisions: StepDecision[] = [];
  // Retry from a step starts there: the steps before it are left as they are.
  const order = ["shipment_created", "tracking_sent", "delivered", "invoice_issued", "invoice_link_sent"];
  const startAt = force ? order.indexOf(force) : 0;
  const before = (name: string) => order.indexOf(name) < startAt;

  if (!before("shipment_created"))
    decisions.push(
      await step.run("shipment_created", async () => {
        const state = await loadOrderState(db, orderId);
        const run = state.runs.get("shipment_created");
        if (run?.status === "succeeded") return { step: "shipment_created", result: "existing" as const };
        if (state.shipment && state.shipment.status !== "cancelled") {
          await recordObservedStep({
            db,
            orderId,
            step: "shipment_created",
            reference: state.shipment.integrationCode,
            at: state.shipment.createdAt,
          });
          return { step: "shipment_created", result: "existing" as const };
        }
        const due =
          force === "shipment_created" ||
          rules.shipment_on === "imported" ||
          (rules.shipment_on === "paid" && state.paid !== null);
        if (!due) return skipped("shipment_created", rules.shipment_on === "paid" ? "not_paid" : "manual");
        return perform("shipment_created");
      }),
    );

  if (!before("tracking_sent"))
    decisions.push(
      await step.run("tracking_sent", async () => {
        const state = await loadOrderState(db, orderId);
        const run = state.runs.get("tracking_sent");
        if (run?.status === "succeeded") return { step: "tracking_sent", result: "existing" as const };
        if (!rules.send_tracking_back && force !== "tracking_sent") return skipped("tracking_sent", "off");
        if (!state.canSendTracking) return skipped("tracking_sent", "unsupported");
        if (!state.shipment?.trackingNumber) return skipped("tracking_sent", "no_waybill");
        return perform("tracking_sent");
      }),
    );

  if (!before("delivered"))
    decisions.push(
      await step.run("delivered", async () => {
        const { shipment } = await loadOrderState(db, orderId);
        if (shipment?.status !== "delivered") return skipped("delivered", "not_delivered");
        await recordObservedStep({
          db,
          orderId,
          step: "delivered",
          reference: shipment.trackingNumber,
          at: shipment.remoteUpdatedAt,
        });
        return { step: "delivered", result: "done" as const };
      }),
    );

  if (!before("invoice_issued"))
    decisions.push(
      await step.run("invoice_issued", async () => {
        const state = await loadOrderState(db, orderId);
        const run = state.runs.get("invoice_issued");
        if (run?.status === "succeeded") return { step: "invoice_issued", result: "existing" as const };
        if (state.invoice?.status === "issued") {
          await recordObservedStep({
            db,
            orderId,
            step: "invoice_issued",
            reference: state.invoice.invoiceNumber ?? state.invoice.ettn,
            at: state.invoice.issuedAt ?? state.invoice.updatedAt,
          });
          return { step: "invoice_issued", result: "existing" as const };
        }
        const delivered = state.shipment?.status === "delivered";
        const due =
          force === "invoice_issued" ||
          (rules.invoice_on === "paid" && state.paid !== null) ||
          (rules.invoice_on === "delivered" && delivered);
        if (!due)
          return skipped("invoice_issued", rules.invoice_on === "manual" ? "manual" : `not_${rules.invoice_on}`);
        return perform("invoice_issued");
      }),
    );

  decisions.push(
    await step.run("invoice_link_sent", async () => {
      const state = await loadOrderState(db, orderId);
      const run = state.runs.get("invoice_link_sent");
      if (run?.status === "succeeded") return { step: "invoice_link_sent", result: "existing" as const };
      if (!rules.send_invoice_link_back && force !== "invoice_link_sent") return skipped("invoice_link_sent", "off");
      if (!state.canSendInvoiceLink) return skipped("invoice_link_sent", "unsupported");
      if (state.invoice?.status !== "issued") return skipped("invoice_link_sent", "no_invoice");
      return perform("invoice_link_sent");
    }),
  );

  decisions.push(
    await step.run("accounting_posted", async () => {
      const { invoice } = await loadOrderState(db, orderId);
      if (!invoice?.erpId) return skipped("accounting_posted", "no_invoice");
      await recordObservedStep({
        db,
        orderId,
        step: "accounting_posted",
        reference: invoice.erpId,
        at: invoice.issuedAt ?? invoice.updatedAt,
      });
      return { step: "accounting_posted", result: "done" as const };
    }),
  );
  return decisions;
}
