// The embedded runner polls; a wake-up lets fresh work start now instead of at the next poll. Wake-ups are
// coalesced: under hundreds of webhooks a second, one pass per short interval serves them all.
export type WakeReason = "sync" | "webhook";

const COALESCE_MS = 20;
const globalForWake = globalThis as {
  __kopruWake?: { listener: (reasons: Set<WakeReason>) => void; pending: Set<WakeReason>; timer?: NodeJS.Timeout };
};

export function onWake(listener: (reasons: Set<WakeReason>) => void): void {
  globalForWake.__kopruWake = { listener, pending: new Set() };
}

export function wakeEmbeddedRunner(reason: WakeReason): void {
  const wake = globalForWake.__kopruWake;
  if (!wake) return;
  wake.pending.add(reason);
  wake.timer ??= setTimeout(() => {
    const reasons = wake.pending;
    wake.pending = new Set();
    wake.timer = undefined;
    wake.listener(reasons);
  }, COALESCE_MS);
}
