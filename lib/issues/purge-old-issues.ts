import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issueOccurrences, issues } from "@/db/schema";

/**
 * Retention for issues: occurrences older than the cutoff go (the runs and events they point at are purged too), and
 * so do issues resolved before it. Open issues keep their counts and dates whatever their age.
 */
export async function purgeOldIssues(options: { db: Db; cutoff: Date }) {
  const occurrences = await options.db
    .delete(issueOccurrences)
    .where(lt(issueOccurrences.occurredAt, options.cutoff))
    .returning({ id: issueOccurrences.id });
  const resolved = await options.db
    .delete(issues)
    .where(and(eq(issues.status, "resolved"), lt(issues.resolvedAt, options.cutoff)))
    .returning({ id: issues.id });
  return { occurrences: occurrences.length, issues: resolved.length };
}
