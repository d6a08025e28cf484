import type { BatchItemResult, MarketplaceAdapter, PushReceipt } from "@/lib/providers/marketplace";
import { ProviderError } from "@/lib/errors";
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
      const batch = await options.step.run(`poll-batch-${batchId}-${poll}`, () => {
        if (!options.adapter.getBatchResult)
          throw new ProviderError("bad_response", "The adapter answered batch ids it cannot poll");
        return options.adapter.getBatchResult(batchId);
      });
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

/** Every item's final verdict for a push: polled when the marketplace answered batch ids, as given otherwise. */
export async function settlePush(options: {
  adapter: MarketplaceAdapter;
  receipt: PushReceipt;
  step: StepRunner;
  pollIntervalMs?: number;
}): Promise<BatchItemResult[]> {
  const { receipt } = options;
  if (receipt.mode === "items") return receipt.items;
  return pollBatches({ ...options, batchIds: receipt.batchIds });
}
