/** What Shopify reports in `extensions.cost.throttleStatus`. */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

/** Before the first answer nothing is known; this guess is only used until Shopify reports a query's real cost. */
export const DEFAULT_ESTIMATED_COST = 50;

/**
 * Client-side mirror of Shopify's leaky bucket (per app and shop). Each call reserves its expected cost before it is
 * sent and waits first when the projected level is short, so Shopify never has to answer THROTTLED. In-flight
 * reservations are subtracted from each level Shopify reports, so concurrent calls cannot overdraw it between them.
 */
export function createCostBucket(options: { now: () => number; sleep: (ms: number) => Promise<void> }) {
  let status: (ThrottleStatus & { at: number }) | null = null;
  let reserved = 0;
  const costs = new Map<string, number>();

  const projected = (at: number) =>
    status
      ? Math.min(status.maximumAvailable, status.currentlyAvailable + ((at - status.at) / 1000) * status.restoreRate) -
        reserved
      : Infinity;

  return {
    /** The cost Shopify last requested for this operation, or a guess. */
    estimate(operation: string, hint?: number): number {
      return costs.get(operation) ?? hint ?? DEFAULT_ESTIMATED_COST;
    },
    /** Waits until `cost` points are available, then reserves them; returns the release function. */
    async reserve(cost: number): Promise<{ waitedMs: number; release: () => void }> {
      let waitedMs = 0;
      for (;;) {
        const level = projected(options.now());
        if (!status || level >= cost) break;
        const target = Math.min(cost, status.maximumAvailable);
        if (level >= target) break;
        const ms = Math.ceil(((target - level) / status.restoreRate) * 1000);
        waitedMs += ms;
        await options.sleep(ms);
      }
      reserved += cost;
      let released = false;
      return {
        waitedMs,
        release: () => {
          if (released) return;
          released = true;
          reserved -= cost;
        },
      };
    },
    /** Records what Shopify reported after a call (the reservation is released just before). */
    observe(operation: string, cost: { requestedQueryCost?: number | null; throttleStatus?: ThrottleStatus } | null) {
      if (!cost) return;
      if (typeof cost.requestedQueryCost === "number") costs.set(operation, cost.requestedQueryCost);
      if (cost.throttleStatus) status = { ...cost.throttleStatus, at: options.now() };
    },
    /** Milliseconds until `cost` points are back, per the last report (used after a THROTTLED answer). */
    msUntil(cost: number): number {
      if (!status) return 1000;
      const level = projected(options.now());
      return Math.max(0, Math.ceil(((Math.min(cost, status.maximumAvailable) - level) / status.restoreRate) * 1000));
    },
    snapshot: () => (status ? { ...status } : null),
  };
}

export type CostBucket = ReturnType<typeof createCostBucket>;
