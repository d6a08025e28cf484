import type { Db } from "@/db/client";
import type { OrderStepRun } from "@/db/schema";
import { loadOrderState, type OrderState } from "@/lib/order-to-cash/order-state";
import { ACTION_STEPS } from "@/lib/order-to-cash/steps";

export const TIMELINE_STEPS = [
  "imported",
  "paid",
  "shipment_created",
  "tracking_sent",
  "delivered",
  "invoice_issued",
  "invoice_link_sent",
  "accounting_posted",
] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

export type TimelineEntry = {
  step: TimelineStep;
  status: "done" | "failed" | "running" | "pending";
  at: Date | null;
  reference: string | null;
  /** A failed step's coded error (message key and params), our English sentence and the provider's own words. */
  error: {
    code: string;
    params: Record<string, string | number> | null;
    message: string;
    providerMessage: string | null;
  } | null;
  /** The request the step sent (secrets redacted), when Köprü sent one. */
  request: unknown;
  attempts: number;
  /** What started the last attempt (a rule, manual, retry, bulk). */
  trigger: string | null;
  /** Köprü performs this step, so it can be retried from here. */
  retryable: boolean;
};

const entry = (step: TimelineStep, fields: Partial<TimelineEntry> = {}): TimelineEntry => ({
  step,
  status: "pending",
  at: null,
  reference: null,
  error: null,
  request: null,
  attempts: 0,
  trigger: null,
  retryable: (ACTION_STEPS as readonly string[]).includes(step),
  ...fields,
});

function fromRun(step: TimelineStep, run: OrderStepRun): TimelineEntry {
  const base = { attempts: run.attempts, trigger: run.trigger, request: run.request ?? null, reference: run.reference };
  if (run.status === "succeeded") return entry(step, { ...base, status: "done", at: run.finishedAt ?? run.startedAt });
  if (run.status === "failed")
    return entry(step, {
      ...base,
      status: "failed",
      at: run.finishedAt ?? run.startedAt,
      error: {
        code: run.errorCode ?? "errors.internal",
        params: run.errorParams ?? null,
        message: run.errorMessage ?? "",
        providerMessage: run.providerMessage,
      },
    });
  return entry(step, { ...base, status: run.status === "running" ? "running" : "pending", at: run.startedAt });
}

/** What the stored records say when no step run was recorded (work done before the runs existed, or elsewhere). */
function derived(step: TimelineStep, state: OrderState): TimelineEntry {
  const { order, paid, shipment, invoice } = state;
  switch (step) {
    case "imported":
      return entry(step, {
        status: "done",
        at: order.createdAt,
        reference: `${order.integrationId}:${order.packageId}`,
      });
    case "paid":
      return paid ? entry(step, { status: "done", at: paid.at, reference: paid.reference }) : entry(step);
    case "shipment_created":
      return shipment
        ? entry(step, { status: "done", at: shipment.createdAt, reference: shipment.integrationCode })
        : entry(step);
    case "delivered":
      return shipment?.status === "delivered"
        ? entry(step, { status: "done", at: shipment.remoteUpdatedAt, reference: shipment.trackingNumber })
        : entry(step);
    case "invoice_issued":
      if (invoice?.status === "issued")
        return entry(step, { status: "done", at: invoice.issuedAt, reference: invoice.invoiceNumber ?? invoice.ettn });
      if (invoice?.status === "failed")
        return entry(step, {
          status: "failed",
          at: invoice.updatedAt,
          reference: invoice.ettn,
          error: {
            code: invoice.errorCode ?? "errors.internal",
            params: null,
            message: invoice.errorMessage ?? "",
            providerMessage: invoice.providerMessage,
          },
        });
      return entry(step);
    case "accounting_posted":
      return invoice?.erpId
        ? entry(step, { status: "done", at: invoice.issuedAt, reference: invoice.erpId })
        : entry(step);
    default:
      return entry(step);
  }
}

/**
 * One order's way from the marketplace to the books: each step's recorded run (time, provider reference, the request
 * it sent, its error), or what Köprü's records say where no run was recorded.
 */
export async function getOrderTimeline(options: { db: Db; orderId: number }): Promise<TimelineEntry[]> {
  const state = await loadOrderState(options.db, options.orderId);
  return TIMELINE_STEPS.map((step) => {
    const run = state.runs.get(step);
    return run ? fromRun(step, run) : derived(step, state);
  });
}
