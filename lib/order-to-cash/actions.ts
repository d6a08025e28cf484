import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { dispatchOrderToCash } from "./dispatch";
import { loadOrderState } from "./order-state";
import { ACTION_STEPS, performStep, previewStep, type ActionStep, type OrderToCashDeps } from "./steps";
import { describeStepError } from "./step-run";

export function parseActionStep(value: string): ActionStep {
  if ((ACTION_STEPS as readonly string[]).includes(value)) return value as ActionStep;
  throw new AppError("invalid_input", `No step ${value} can be run from Köprü`, {
    field: "step",
    messageKey: "orderToCash.errors.unknown_step",
    params: { step: value },
  });
}

/**
 * Runs one step now (the "Create shipment" button, "Retry from this step", a bulk action) whatever the rules say, and
 * hands the steps after it to the runner. A dry run answers what the step would send and sends nothing; both answer
 * 400 naming the field when the buyer's tax id or address will not do.
 */
export async function runStepNow(options: {
  db: Db;
  actor: Actor | null;
  orderId: number;
  step: ActionStep;
  trigger: "manual" | "retry" | "bulk";
  dryRun?: boolean;
  deps?: OrderToCashDeps;
}) {
  const { db, orderId, step, trigger, deps } = options;
  if (options.dryRun) {
    const state = await loadOrderState(db, orderId);
    return { dry_run: true as const, step, would_send: await previewStep(db, state, step, deps) };
  }
  const result = await performStep({ db, orderId, step, trigger, deps });
  await recordAudit({
    db,
    actor: options.actor,
    action: `order.step.${trigger}`,
    targetType: "order",
    targetId: String(orderId),
    details: { step, outcome: result.outcome },
  });
  await dispatchOrderToCash({ orderId, reason: trigger });
  return { dry_run: false as const, step, outcome: result.outcome, run: result.run };
}

/** What every step not yet done would send now; a step that cannot be sent yet says why, in our codes. */
export async function dryRunOrder(options: { db: Db; orderId: number; deps?: OrderToCashDeps }) {
  const state = await loadOrderState(options.db, options.orderId);
  const remaining = ACTION_STEPS.filter((step) => state.runs.get(step)?.status !== "succeeded");
  const steps = [];
  for (const step of remaining) {
    if (step === "shipment_created" && state.shipment) continue;
    if (step === "invoice_issued" && state.invoice?.status === "issued") continue;
    try {
      steps.push({ step, would_send: await previewStep(options.db, state, step, options.deps), blocked: null });
    } catch (error) {
      const described = describeStepError(error);
      const field = error instanceof AppError ? (error.details?.field as string | undefined) : undefined;
      steps.push({
        step,
        would_send: null,
        blocked: { code: described.errorCode, params: described.errorParams, message: described.errorMessage, field },
      });
    }
  }
  return { steps };
}
