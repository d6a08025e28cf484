import { NonRetriableError } from "inngest";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { advanceOrderToCash } from "@/lib/order-to-cash/advance";
import type { StepRunner } from "@/lib/sync/step";
import { inngest } from "../client";
import { orderToCashRequested } from "../events";

/**
 * One order-to-cash pass per event (imported, paid, shipment moved, delivered, retry): each step is an Inngest step,
 * one pass at a time per order. A step refused for its data (a bad VKN, a missing address) fails for good; a provider
 * that is down is retried.
 */
export const orderToCash = inngest.createFunction(
  {
    id: "order-to-cash",
    triggers: [orderToCashRequested],
    concurrency: [{ key: "event.data.orderId", limit: 1 }],
    retries: 4,
  },
  async ({ event, step }) => {
    const db = await getDb();
    const steps: StepRunner = {
      run: async (id, fn) =>
        (await step.run(id, async () => {
          try {
            return await fn();
          } catch (error) {
            if (error instanceof AppError && error.status < 500 && error.code !== "conflict")
              throw new NonRetriableError(error.message, { cause: error });
            throw error;
          }
        })) as Awaited<ReturnType<typeof fn>>,
      sleep: (id, ms) => step.sleep(id, ms),
    };
    return advanceOrderToCash({ db, ...event.data, step: steps });
  },
);
