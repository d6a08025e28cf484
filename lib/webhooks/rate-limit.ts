export type RateLimiter = ReturnType<typeof createRateLimiter>;

const MAX_KEYS = 10_000;

/**
 * A token bucket per key: `perSecond` sustained, `burst` at once. In-process, so a limit per app instance. Keyed by
 * client address too, so buckets that have refilled are dropped once there are many keys: memory stays bounded.
 */
export function createRateLimiter(options: { perSecond: number; burst: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  const refill = (bucket: { tokens: number; updatedAt: number }, at: number) =>
    Math.min(options.burst, bucket.tokens + ((at - bucket.updatedAt) / 1000) * options.perSecond);
  return {
    /** Takes a token; when none is left, returns the seconds until one is. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const at = now();
      if (buckets.size >= MAX_KEYS && !buckets.has(key))
        for (const [name, bucket] of buckets) if (refill(bucket, at) >= options.burst) buckets.delete(name);
      const bucket = buckets.get(key) ?? { tokens: options.burst, updatedAt: at };
      bucket.tokens = refill(bucket, at);
      bucket.updatedAt = at;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond)) };
    },
  };
}
