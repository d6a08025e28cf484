import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncItems, syncRuns } from "@/db/schema";
import { observeSyncItems } from "@/lib/operations/observe-sync";

export type ItemOutcome = {
  ref: string;
  action: string;
  result: "succeeded" | "failed" | "skipped";
  /** Which counter the item adds to besides `seen`: created, updated, skipped or failed. */
  counter: "created" | "updated" | "skipped" | "failed";
  message?: string | null;
};

/** Stores item outcomes and bumps the run's counters in one transaction, so counts always match the items. */
export async function recordItems(db: Db, runId: number, outcomes: ItemOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const tally = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const outcome of outcomes) tally[outcome.counter] += 1;
  const run = await db.transaction(async (tx) => {
    for (let start = 0; start < outcomes.length; start += 1000) {
      // One JSON parameter per thousand items rather than thousands of bound parameters (far less driver garbage).
      const items = outcomes
        .slice(start, start + 1000)
        .map(({ ref, action, result, message }) => ({ ref, action, result, message: message ?? null }));
      await tx.execute(sql`
        insert into ${syncItems} (run_id, ref, action, result, message)
        select ${runId}, x.ref, x.action, x.result::sync_item_result, x.message
        from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as x(ref text, action text, result text, message text)`);
    }
    const [updated] = await tx
      .update(syncRuns)
      .set({
        seen: sql`${syncRuns.seen} + ${outcomes.length}`,
        created: sql`${syncRuns.created} + ${tally.created}`,
        updated: sql`${syncRuns.updated} + ${tally.updated}`,
        skipped: sql`${syncRuns.skipped} + ${tally.skipped}`,
        failed: sql`${syncRuns.failed} + ${tally.failed}`,
      })
      .where(eq(syncRuns.id, runId))
      .returning({ id: syncRuns.id, integrationId: syncRuns.integrationId, kind: syncRuns.kind });
    return updated;
  });
  if (run) await observeSyncItems(db, run, outcomes);
}

export async function setRunTotal(db: Db, runId: number, total: number): Promise<void> {
  await db.update(syncRuns).set({ total }).where(eq(syncRuns.id, runId));
}
