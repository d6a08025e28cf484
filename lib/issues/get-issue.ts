import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issueOccurrences, issues } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { toIssueView } from "./list-issues";
import { planIssueReplay } from "./replay-issue";

const SAMPLE_COUNT = 10;

/** One issue with its latest samples (links to the runs and events) and what a replay would touch. */
export async function getIssue(options: { db: Db; id: number }) {
  const { db, id } = options;
  const [row] = await db.select().from(issues).where(eq(issues.id, id)).limit(1);
  if (!row) throw new AppError("not_found", `No issue ${id}`, { messageKey: "errors.issue_not_found", params: { id } });
  const samples = await db
    .select()
    .from(issueOccurrences)
    .where(eq(issueOccurrences.issueId, id))
    .orderBy(desc(issueOccurrences.id))
    .limit(SAMPLE_COUNT);
  return {
    ...toIssueView(row),
    samples: samples.map((sample) => ({
      at: sample.occurredAt.toISOString(),
      message: sample.message,
      sync_run_id: sample.syncRunId,
      webhook_event_id: sample.webhookEventId,
      ref: sample.ref,
    })),
    replay: await planIssueReplay(db, row),
  };
}

export type IssueDetail = Awaited<ReturnType<typeof getIssue>>;
