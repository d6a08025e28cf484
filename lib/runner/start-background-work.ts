import { getDb } from "@/db/client";
import { onOrderToCash } from "@/lib/order-to-cash/dispatch";
import { createOrderToCashQueue } from "@/lib/order-to-cash/embedded-queue";
import type { Db } from "@/db/client";
import { purgeOldLogs } from "@/lib/maintenance/purge-old-logs";
import { periodicWatch } from "@/lib/operations/watch-operations";
import { recoverStripeEvents } from "@/lib/payments/recover-stripe-events";
import { processPendingWebhooks } from "@/lib/webhooks/process-webhook-event";
import { startEmbeddedRunner, type EmbeddedRunner } from "./embedded-runner";
import { getRunnerMode } from "./mode";
import { onWake, wakeEmbeddedRunner } from "./wake";

const globalForRunner = globalThis as { __kopruRunner?: EmbeddedRunner };
const DAY_MS = 86_400_000;
/** Stuck-work detection and alert dispatch. */
const WATCH_EVERY_MS = 15_000;

/** Retention once a day per process (the first pass shortly after start). */
function dailyPurge(): (db: Db) => Promise<unknown> {
  let lastRun = 0;
  return async (db) => {
    if (Date.now() - lastRun < DAY_MS) return;
    lastRun = Date.now();
    await purgeOldLogs({ db });
  };
}

/** Stripe missed-event recovery every 15 minutes per process; a failure waits for the next round. */
function periodicStripeRecovery(): (db: Db) => Promise<unknown> {
  let lastRun = 0;
  return async (db) => {
    if (Date.now() - lastRun < 15 * 60_000) return;
    lastRun = Date.now();
    await recoverStripeEvents({ db }).catch((error: unknown) =>
      console.warn("[köprü] stripe events recovery failed", error),
    );
  };
}

/** Starts the embedded runner once per process when no Inngest server is configured. */
export async function startBackgroundWork(): Promise<void> {
  if (getRunnerMode() !== "embedded" || globalForRunner.__kopruRunner) return;
  const runner = startEmbeddedRunner({
    db: await getDb(),
    extraTasks: [
      async (db) => {
        // A pass that ran out of time leaves work behind: come back at once rather than at the next poll.
        if ((await processPendingWebhooks({ db, owner: runner.owner })).hasMore) wakeEmbeddedRunner("webhook");
      },
      dailyPurge(),
      periodicWatch(WATCH_EVERY_MS),
      periodicStripeRecovery(),
    ],
  });
  globalForRunner.__kopruRunner = runner;
  onWake((reasons) => void runner.tick(reasons));
  const orderToCash = createOrderToCashQueue(await getDb());
  onOrderToCash((job) => void orderToCash.enqueue(job));
  console.log(`[köprü] background work: embedded runner ${runner.owner}`);
}
