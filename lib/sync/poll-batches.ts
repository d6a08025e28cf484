import type { BatchItemResult, MarketplaceAdapter } from "@/lib/providers/marketplace";
import type { StepRunner } from "./step";

const MAX_POLLS = 60;
const DEFAULT_POLL_MS = 5_000;

/** Polls each batch until the marketplace reports it completed; each poll is a step, each wait a durable sleep. */
export async function pollBatches(options: {
  adapter: MarketplaceAdapter;
  batchIds: string[];
  step: StepRunner;
  pollIntervalMs?: number;
}): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = [];
  for (const batchId of options.batchIds) {
    for (let poll = 0; ; poll += 1) {
      const batch = await options.step.run(`poll-batch-${batchId}-${poll}`, () =>
        options.adapter.getBatchResult(batchId),
      );
      if (batch.status === "completed") {
        results.push(...batch.items);
        break;
      }
      if (poll >= MAX_POLLS) throw new Error(`Batch ${batchId} was still in progress after ${MAX_POLLS} polls`);
      await options.step.sleep(`wait-batch-${batchId}-${poll}`, options.pollIntervalMs ?? DEFAULT_POLL_MS);
    }
  }
  return results;
}
