import { orderToCash } from "./order-to-cash";
import { processWebhook } from "./process-webhook";
import { purgeLogs } from "./purge-logs";
import { recoverStripeEventsFunction } from "./recover-stripe-events";
import { runSync } from "./run-sync";
import { scheduleSyncs } from "./schedule-syncs";
import { sweepSyncRunsFunction } from "./sweep-sync-runs";
import { sweepWebhooksFunction } from "./sweep-webhooks";
import { watchOperationsFunction } from "./watch-operations";

export const functions = [
  scheduleSyncs,
  runSync,
  processWebhook,
  sweepWebhooksFunction,
  sweepSyncRunsFunction,
  purgeLogs,
  watchOperationsFunction,
  recoverStripeEventsFunction,
  orderToCash,
];
