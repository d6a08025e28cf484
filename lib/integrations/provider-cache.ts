import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { providerCache } from "@/db/schema";
import type { ProviderCache } from "@/lib/providers/types";

/** A provider's small answers kept in the database, so they survive restarts and are shared by every process. */
export function dbProviderCache(db: Db, provider: string, now: () => Date = () => new Date()): ProviderCache {
  return {
    async get(key) {
      const [row] = await db
        .select({ value: providerCache.value })
        .from(providerCache)
        .where(
          and(eq(providerCache.provider, provider), eq(providerCache.key, key), gt(providerCache.expiresAt, now())),
        )
        .limit(1);
      return row ? row.value : undefined;
    },
    async set(key, value, ttlMs) {
      const expiresAt = new Date(now().getTime() + ttlMs);
      await db
        .insert(providerCache)
        .values({ provider, key, value: value as object, expiresAt })
        .onConflictDoUpdate({
          target: [providerCache.provider, providerCache.key],
          set: { value: sql`excluded.value`, expiresAt },
        });
    },
  };
}
