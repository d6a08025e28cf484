// The embedded runner polls; a wake-up lets fresh work start now instead of at the next poll.
const globalForWake = globalThis as { __kopruWake?: () => void };

export function onWake(listener: () => void): void {
  globalForWake.__kopruWake = listener;
}

export function wakeEmbeddedRunner(): void {
  globalForWake.__kopruWake?.();
}
