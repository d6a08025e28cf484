import type { Db } from "@/db/client";
import type { OrderToCashRequestedData } from "@/inngest/events";
import { inlineStep } from "@/lib/sync/step";
import { advanceOrderToCash } from "./advance";

/**
 * The embedded runner's side of order-to-cash: passes run in the background, one at a time per order (like the
 * Inngest function's per-order concurrency of 1), with the same `advanceOrderToCash` and plain steps.
 */
export function createOrderToCashQueue(db: Db) {
  const chains = new Map<number, Promise<void>>();
  const enqueue = (job: OrderToCashRequestedData): Promise<void> => {
    const previous = chains.get(job.orderId) ?? Promise.resolve();
    const next = previous
      .then(() => advanceOrderToCash({ db, ...job, step: inlineStep() }))
      .then(
        () => undefined,
        (error: unknown) =>
          console.warn(
            `[köprü] order-to-cash pass for order ${job.orderId} stopped:`,
            error instanceof Error ? error.message : error,
          ),
      )
      .finally(() => {
        if (chains.get(job.orderId) === next) chains.delete(job.orderId);
      });
    chains.set(job.orderId, next);
    return next;
  };
  return { enqueue, idle: () => Promise.all(chains.values()).then(() => undefined) };
}
