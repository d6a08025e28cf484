import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncItems, syncRuns } from "@/db/schema";
import { ProviderError } from "@/lib/errors";
import { keyedMessageOf, providerMessageOf } from "@/lib/i18n/keyed-message";
import { observeSyncItems } from "@/lib/operations/observe-sync";

export type ItemOutcome = {
  ref: string;
  action: string;
  result: "succeeded" | "failed" | "skipped";
  /** Which counter the item adds to besides `seen`: created, updated, skipped or failed. */
  counter: "created" | "updated" | "skipped" | "failed";
  /** English fallback; `messageKey`/`messageParams` render it in the reader's language. */
  message?: string | null;
  messageKey?: string | null;
  messageParams?: Record<string, string | number> | null;
  /** The provider's own words about this item, verbatim (shown labelled, never inside our sentence). */
  providerMessage?: string | null;
};

/** The message fields of an item that failed with `error`: our sentence keyed, the provider's words apart. */
export function itemErrorFields(
  error: unknown,
): Pick<ItemOutcome, "message" | "messageKey" | "messageParams" | "providerMessage"> {
  const keyed =
    keyedMessageOf(error) ??
    // A provider failure we did not phrase ourselves: its kind says what happened, its words are kept apart.
    (error instanceof ProviderError ? { key: `syncUi.itemErrors.provider.${error.kind}` } : undefined);
  return {
    message: error instanceof Error ? error.message : String(error),
    // Anything else is a fault of ours, shown as recorded (there is no sentence for a bug).
    messageKey: keyed?.key ?? null,
    messageParams: keyed?.params ?? null,
    providerMessage:
      providerMessageOf(error) ?? (error instanceof ProviderError && !keyedMessageOf(error) ? error.message : null),
  };
}

/** Stores item outcomes and bumps the run's counters in one transaction, so counts always match the items. */
export async function recordItems(db: Db, runId: number, outcomes: ItemOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const tally = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const outcome of outcomes) tally[outcome.counter] += 1;
  const run = await db.transaction(async (tx) => {
    for (let start = 0; start < outcomes.length; start += 1000) {
      // One JSON parameter per thousand items rather than thousands of bound parameters (far less driver garbage).
      const items = outcomes.slice(start, start + 1000).map((item) => ({
        ref: item.ref,
        action: item.action,
        result: item.result,
        message: item.message ?? null,
        message_key: item.messageKey ?? null,
        message_params: item.messageParams ?? null,
        provider_message: item.providerMessage ?? null,
      }));
      await tx.execute(sql`
        insert into ${syncItems} (run_id, ref, action, result, message, message_key, message_params, provider_message)
        select ${runId}, x.ref, x.action, x.result::sync_item_result, x.message, x.message_key, x.message_params,
          x.provider_message
        from jsonb_to_recordset(${JSON.stringify(items)}::jsonb)
          as x(ref text, action text, result text, message text, message_key text, message_params jsonb,
            provider_message text)`);
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
