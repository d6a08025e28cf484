import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The process's metrics, created once (and kept across dev hot reloads) so counters are never registered twice.
 * Counters are per process; queue depth and open issues are read from the database at scrape time (see scrape.ts).
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    integrationRequests: new Counter({
      name: "integration_requests_total",
      help: "Outbound provider calls by provider, endpoint (ids replaced by :id) and HTTP status or network_error",
      labelNames: ["provider", "endpoint", "status"] as const,
      registers,
    }),
    integrationResponseTime: new Histogram({
      name: "integration_response_time_seconds",
      help: "Time until a provider answered (or the call failed), in seconds",
      labelNames: ["provider", "endpoint"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    webhookDeliveries: new Counter({
      name: "kopru_webhook_deliveries_total",
      help: "Webhook deliveries received, by provider and intake outcome (accepted, duplicate, skipped or the rejection)",
      labelNames: ["provider", "outcome"] as const,
      registers,
    }),
    webhookProcessed: new Counter({
      name: "kopru_webhook_events_processed_total",
      help: "Stored webhook events processed, by provider and result (processed, ignored, failed)",
      labelNames: ["provider", "result"] as const,
      registers,
    }),
    syncRuns: new Counter({
      name: "kopru_sync_runs_total",
      help: "Sync runs finished, by integration, kind and outcome (succeeded, failed)",
      labelNames: ["integration", "kind", "outcome"] as const,
      registers,
    }),
    syncRunDuration: new Histogram({
      name: "kopru_sync_run_duration_seconds",
      help: "Duration of finished sync runs from start to finish, in seconds",
      labelNames: ["integration", "kind", "outcome"] as const,
      buckets: [1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600],
      registers,
    }),
    syncItems: new Counter({
      name: "kopru_sync_items_total",
      help: "Items a sync pushed or pulled, by integration, kind and result (succeeded, failed, skipped)",
      labelNames: ["integration", "kind", "result"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as { __kopruMetrics?: Metrics };

export function getMetrics(): Metrics {
  globalForMetrics.__kopruMetrics ??= createMetrics();
  return globalForMetrics.__kopruMetrics;
}
