import { and, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { issues, type Issue } from "@/db/schema";
import { ISSUE_KINDS } from "./issue-kinds";

export const ISSUE_STATUSES = ["open", "acknowledged", "resolved", "muted"] as const;
/** "active" is what still needs attention: open and acknowledged (the default view). */
const statusFilter = z.enum([...ISSUE_STATUSES, "active", "all"]);

export const issueFilterSchema = z.object({
  status: statusFilter.default("active"),
  integration: z.string().max(64).optional(),
  kind: z.enum(ISSUE_KINDS).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type IssueFilter = z.input<typeof issueFilterSchema>;

export type IssueView = {
  id: number;
  integration: string;
  kind: string;
  operation: string;
  signature: string;
  message: string;
  status: Issue["status"];
  count: number;
  first_seen_at: string;
  last_seen_at: string;
  opened_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  muted_until: string | null;
};

export const toIssueView = (row: Issue): IssueView => ({
  id: row.id,
  integration: row.integrationId,
  kind: row.kind,
  operation: row.operation,
  signature: row.signature,
  message: row.message,
  status: row.status,
  count: row.count,
  first_seen_at: row.firstSeenAt.toISOString(),
  last_seen_at: row.lastSeenAt.toISOString(),
  opened_at: row.openedAt.toISOString(),
  acknowledged_at: row.acknowledgedAt?.toISOString() ?? null,
  acknowledged_by: row.acknowledgedBy,
  resolved_at: row.resolvedAt?.toISOString() ?? null,
  resolved_by: row.resolvedBy,
  muted_until: row.mutedUntil?.toISOString() ?? null,
});

/** Issues, newest first, by status (default: open + acknowledged), integration and kind; keyset paged by id. */
export async function listIssues(options: { db: Db; filter: IssueFilter }) {
  const filter = issueFilterSchema.parse(options.filter);
  const conditions: (SQL | undefined)[] = [
    filter.status === "all"
      ? undefined
      : filter.status === "active"
        ? inArray(issues.status, ["open", "acknowledged"])
        : eq(issues.status, filter.status),
    filter.integration ? eq(issues.integrationId, filter.integration) : undefined,
    filter.kind ? eq(issues.kind, filter.kind) : undefined,
    filter.before ? lt(issues.id, filter.before) : undefined,
  ];
  const rows = await options.db
    .select()
    .from(issues)
    .where(and(...conditions))
    .orderBy(desc(issues.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    issues: page.map(toIssueView),
    next_before: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Open (not acknowledged, not muted) issue counts per integration, for cards and the dashboard. */
export async function countOpenIssues(options: { db: Db }): Promise<Record<string, number>> {
  const rows = await options.db
    .select({ integrationId: issues.integrationId, count: sql<number>`count(*)::int` })
    .from(issues)
    .where(
      or(
        eq(issues.status, "open"),
        eq(issues.status, "acknowledged"),
        sql`${issues.status} = 'muted' and ${issues.mutedUntil} <= now()`,
      ),
    )
    .groupBy(issues.integrationId);
  return Object.fromEntries(rows.map((row) => [row.integrationId, Number(row.count)]));
}
