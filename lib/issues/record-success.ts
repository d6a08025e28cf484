import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrationHealth, issues } from "@/db/schema";
import { STREAK_KINDS, type IssueKind } from "./issue-kinds";

/**
 * Successes are far more frequent than failures (every processed webhook, every provider call), so a process that has
 * just recorded one for the same operation skips the write for a few seconds. A failure recorded in this process
 * clears the memo at once; one recorded by another process is resolved by the next success after the pause.
 */
const REWRITE_AFTER_MS = 10_000;
const lastWritten = new Map<string, number>();
const memoKey = (integrationId: string, kind: string, operation: string) => `${integrationId}|${kind}|${operation}`;

/** A failure was recorded for the integration: its next success is written at once. */
export function forgetSuccess(integrationId: string): void {
  for (const key of lastWritten.keys()) if (key.startsWith(`${integrationId}|`)) lastWritten.delete(key);
}

/**
 * The same operation worked: its open, acknowledged or muted issues of these kinds resolve themselves, and the
 * integration's failure streak ends. Returns how many issues resolved.
 */
export async function recordSuccess(options: {
  db: Db;
  integrationId: string;
  kinds: IssueKind[];
  operation: string;
  now?: Date;
  /** Skip the memo (tests, and callers that already know a failure is open). */
  force?: boolean;
}): Promise<number> {
  const { db, integrationId, kinds, operation } = options;
  const now = options.now ?? new Date();
  const key = memoKey(integrationId, kinds.join(","), operation);
  const last = lastWritten.get(key);
  if (!options.force && last !== undefined && now.getTime() - last < REWRITE_AFTER_MS) return 0;
  lastWritten.set(key, now.getTime());
  const resolved = await db
    .update(issues)
    .set({ status: "resolved", resolvedAt: now, resolvedBy: "auto" })
    .where(
      and(
        eq(issues.integrationId, integrationId),
        inArray(issues.kind, kinds),
        eq(issues.operation, operation),
        inArray(issues.status, ["open", "acknowledged", "muted"]),
      ),
    )
    .returning({ id: issues.id });
  if (kinds.some((kind) => STREAK_KINDS.has(kind))) {
    await db
      .insert(integrationHealth)
      .values({ integrationId, lastSuccessAt: now })
      .onConflictDoUpdate({
        target: integrationHealth.integrationId,
        set: { lastSuccessAt: now, consecutiveFailures: 0, failingSince: null, streakNotifiedAt: null },
      });
  }
  return resolved.length;
}
