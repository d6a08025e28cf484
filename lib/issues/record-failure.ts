import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrationHealth, issueOccurrences, issues } from "@/db/schema";
import { errorSignature, scrubSecrets } from "./error-signature";
import { forgetSuccess } from "./record-success";
import { STREAK_KINDS, type IssueKind } from "./issue-kinds";

export type FailureOccurrence = {
  message: string;
  syncRunId?: number | null;
  webhookEventId?: number | null;
  ref?: string | null;
  /** Recording the same key twice for one issue is a no-op (a redelivered event, a retried step). */
  dedupeKey?: string | null;
};

export type FailureReport = {
  db: Db;
  integrationId: string;
  kind: IssueKind;
  operation: string;
  occurrences: FailureOccurrence[];
  now?: Date;
};

const fingerprintOf = (integrationId: string, kind: string, operation: string, signature: string) =>
  createHash("sha256").update(`${integrationId}\u0000${kind}\u0000${operation}\u0000${signature}`).digest("hex");

/**
 * Records failures into their issues: one issue per integration + kind + operation + error signature, however many
 * items failed. A resolved issue reopens; an acknowledged one stays acknowledged; a muted one stays muted until its
 * date. Returns the ids of the issues touched. Idempotent per `dedupeKey`.
 */
export async function recordFailures(report: FailureReport): Promise<number[]> {
  const { db, integrationId, kind, operation } = report;
  const now = report.now ?? new Date();
  const groups = new Map<string, FailureOccurrence[]>();
  for (const occurrence of report.occurrences) {
    const signature = errorSignature(occurrence.message) || "unknown error";
    groups.set(signature, [...(groups.get(signature) ?? []), occurrence]);
  }
  const touched: number[] = [];
  for (const [signature, occurrences] of groups) {
    const id = await recordGroup({ db, integrationId, kind, operation, signature, occurrences, now });
    if (id !== null) touched.push(id);
  }
  if (touched.length > 0 && STREAK_KINDS.has(kind)) {
    const lastError = scrubSecrets(report.occurrences.at(-1)?.message ?? "").slice(0, 1000);
    await db
      .insert(integrationHealth)
      .values({ integrationId, lastFailureAt: now, lastError, consecutiveFailures: 1, failingSince: now })
      .onConflictDoUpdate({
        target: integrationHealth.integrationId,
        set: {
          lastFailureAt: now,
          lastError,
          consecutiveFailures: sql`${integrationHealth.consecutiveFailures} + 1`,
          failingSince: sql`coalesce(${integrationHealth.failingSince}, ${now.toISOString()}::timestamptz)`,
        },
      });
  }
  forgetSuccess(integrationId);
  return touched;
}

export const recordFailure = (options: Omit<FailureReport, "occurrences"> & FailureOccurrence) =>
  recordFailures({ ...options, occurrences: [options] });

async function recordGroup(options: {
  db: Db;
  integrationId: string;
  kind: IssueKind;
  operation: string;
  signature: string;
  occurrences: FailureOccurrence[];
  now: Date;
}): Promise<number | null> {
  const { db, integrationId, kind, operation, signature, now } = options;
  const fingerprint = fingerprintOf(integrationId, kind, operation, signature);
  let occurrences = options.occurrences;
  const keys = occurrences.map((occurrence) => occurrence.dedupeKey).filter((key): key is string => Boolean(key));
  if (keys.length > 0) {
    const seen = await db
      .select({ key: issueOccurrences.dedupeKey })
      .from(issueOccurrences)
      .innerJoin(issues, eq(issues.id, issueOccurrences.issueId))
      .where(and(eq(issues.fingerprint, fingerprint), sql`${issueOccurrences.dedupeKey} in ${keys}`));
    const seenKeys = new Set(seen.map((row) => row.key));
    occurrences = occurrences.filter((occurrence) => !occurrence.dedupeKey || !seenKeys.has(occurrence.dedupeKey));
  }
  if (occurrences.length === 0) return null;
  const message = scrubSecrets(occurrences.at(-1)!.message).slice(0, 2000);
  const stamp = now.toISOString();
  const [issue] = await db
    .insert(issues)
    .values({
      fingerprint,
      integrationId,
      kind,
      operation,
      signature,
      message,
      count: occurrences.length,
      firstSeenAt: now,
      lastSeenAt: now,
      openedAt: now,
    })
    .onConflictDoUpdate({
      target: issues.fingerprint,
      set: {
        message,
        count: sql`${issues.count} + ${occurrences.length}`,
        lastSeenAt: now,
        // resolved → open again; a mute that has run out ends; acknowledged and active mutes stay as they are.
        status: sql`case
          when ${issues.status} = 'resolved' then 'open'::issue_status
          when ${issues.status} = 'muted' and ${issues.mutedUntil} <= ${stamp}::timestamptz then 'open'::issue_status
          else ${issues.status} end`,
        openedAt: sql`case when ${issues.status} = 'resolved' then ${stamp}::timestamptz else ${issues.openedAt} end`,
        notifiedAt: sql`case when ${issues.status} = 'resolved' then null else ${issues.notifiedAt} end`,
        resolvedAt: null,
        resolvedBy: null,
      },
    })
    .returning({ id: issues.id });
  const issueId = issue!.id;
  await db
    .insert(issueOccurrences)
    .values(
      occurrences.map((occurrence) => ({
        issueId,
        message: scrubSecrets(occurrence.message).slice(0, 2000),
        syncRunId: occurrence.syncRunId ?? null,
        webhookEventId: occurrence.webhookEventId ?? null,
        ref: occurrence.ref ?? null,
        dedupeKey: occurrence.dedupeKey ?? null,
        occurredAt: now,
      })),
    )
    .onConflictDoNothing();
  return issueId;
}
