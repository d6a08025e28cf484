import type { Db } from "@/db/client";
import type { StepRunner } from "./step";

/** What a sync needs besides its run: injected so tests can point providers at fakes and skip real waiting. */
export type SyncDeps = {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** How long to wait between batch-result polls. */
  pollIntervalMs?: number;
  /** Smaller price/stock batches than the provider's maximum (the benchmark models the stricter documented limit). */
  priceStockBatchSize?: number;
  /** Pause between order-stream calls (Trendyol asks for ≥ 5 s; tests and the benchmark lower it). */
  orderStreamPaceMs?: number;
};

export type SyncContext = {
  db: Db;
  runId: number;
  integrationId: string;
  options: { onlySkus?: string[] };
  step: StepRunner;
  deps: SyncDeps;
};

export type SyncHandler = (context: SyncContext) => Promise<void>;
