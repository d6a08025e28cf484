import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Db } from "@/db/client";
import type { SyncRun } from "@/db/schema";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { describeError, describeErrorKeyed, handleAttemptFailure, SyncRunStoppedError } from "@/lib/sync/run-lifecycle";
import { enqueueScheduledRun, listDueSyncs } from "@/lib/sync/schedule-syncs";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { inlineStep } from "@/lib/sync/step";
import { claimSyncRun, renewLease } from "./claim-sync-run";
import type { WakeReason } from "./wake";

const ALL: ReadonlySet<WakeReason> = new Set(["sync", "webhook"]);

export type EmbeddedRunnerOptions = {
  db: Db;
  owner?: string;
  pollMs?: number;
  leaseMs?: number;
  scheduleEveryMs?: number;
  concurrency?: number;
  deps?: SyncDeps;
  /** Extra periodic work (webhook processing, sweeping, retention) run on each poll. */
  extraTasks?: ((db: Db) => Promise<unknown>)[];
};

export type EmbeddedRunner = {
  owner: string;
  tick: (reasons?: Set<WakeReason>) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Runs one claimed run with a heartbeat on its lease; failures go back to the queue with backoff. A run whose lease
 * went to another runner (this process stalled past it) or that was cancelled stops at its next step, untouched.
 */
export async function runClaimed(options: { db: Db; run: SyncRun; owner: string; leaseMs: number; deps?: SyncDeps }) {
  const { db, run, owner, leaseMs } = options;
  const heartbeat = setInterval(
    () => void renewLease({ db, runId: run.id, owner, leaseMs }).catch(() => {}),
    Math.max(250, leaseMs / 3),
  );
  try {
    await executeSyncRun({
      db,
      runId: run.id,
      step: inlineStep(options.deps?.sleep),
      deps: options.deps,
      leaseOwner: owner,
    });
    return "succeeded" as const;
  } catch (error) {
    if (error instanceof SyncRunStoppedError) return "stopped" as const;
    return handleAttemptFailure(db, run, describeError(error), undefined, describeErrorKeyed(error));
  } finally {
    clearInterval(heartbeat);
  }
}

/** The in-process stand-in for Inngest: schedules due syncs, claims queued runs with a lease and runs them. */
export function startEmbeddedRunner(options: EmbeddedRunnerOptions): EmbeddedRunner {
  const { db, pollMs = 1_000, leaseMs = 60_000, scheduleEveryMs = 60_000, concurrency = 2 } = options;
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const inFlight = new Set<Promise<unknown>>();
  let lastSchedule = 0;
  let stopped = false;
  let ticking: Promise<void> | null = null;
  let queued = new Set<WakeReason>();

  const tickOnce = async (reasons: ReadonlySet<WakeReason>) => {
    if (reasons.has("sync")) {
      if (Date.now() - lastSchedule >= scheduleEveryMs) {
        lastSchedule = Date.now();
        for (const due of await listDueSyncs({ db })) await enqueueScheduledRun({ db, due });
      }
      while (!stopped && inFlight.size < concurrency) {
        const run = await claimSyncRun({ db, owner, leaseMs });
        if (!run) break;
        const work = runClaimed({ db, run, owner, leaseMs, deps: options.deps }).finally(() => inFlight.delete(work));
        inFlight.add(work);
      }
    }
    if (reasons.has("webhook")) for (const task of options.extraTasks ?? []) await task(db);
  };

  /** One pass at a time; reasons arriving during a pass are served by one more pass right after it. */
  const tick = (reasons: ReadonlySet<WakeReason> = ALL): Promise<void> => {
    if (ticking) {
      for (const reason of reasons) queued.add(reason);
      return ticking;
    }
    ticking = tickOnce(reasons)
      .catch((error: unknown) => console.error("[köprü] embedded runner tick failed:", describeError(error)))
      .finally(() => {
        ticking = null;
        const again = queued;
        queued = new Set();
        if (again.size > 0 && !stopped) void tick(again);
      });
    return ticking;
  };

  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  return {
    owner,
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await ticking;
      await Promise.allSettled(inFlight);
    },
  };
}
