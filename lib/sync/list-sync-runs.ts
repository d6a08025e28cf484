import { and, desc, eq, exists, gte, lt, lte, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { syncItems, syncRuns } from "@/db/schema";

export const SYNC_RUNS_PAGE_SIZE = 50;

export const syncRunFilterSchema = z.object({
  integration: z.string().trim().optional(),
  kind: z.string().trim().optional(),
  status: z.enum(["queued", "running", "succeeded", "failed"]).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  /** A SKU or order number: runs that touched it. */
  q: z.string().trim().max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(SYNC_RUNS_PAGE_SIZE),
});
export type SyncRunFilter = z.input<typeof syncRunFilterSchema>;

/** Newest first, keyset-paginated on id (`before` = the last id of the previous page). */
export async function listSyncRuns(options: { db: Db; filter: SyncRunFilter }) {
  const filter = syncRunFilterSchema.parse(options.filter);
  const conditions: (SQL | undefined)[] = [
    filter.integration ? eq(syncRuns.integrationId, filter.integration) : undefined,
    filter.kind ? eq(syncRuns.kind, filter.kind) : undefined,
    filter.status ? eq(syncRuns.status, filter.status) : undefined,
    filter.from ? gte(syncRuns.createdAt, filter.from) : undefined,
    filter.to ? lte(syncRuns.createdAt, filter.to) : undefined,
    filter.before ? lt(syncRuns.id, filter.before) : undefined,
    filter.q
      ? exists(
          options.db
            .select({ one: syncItems.id })
            .from(syncItems)
            .where(and(eq(syncItems.runId, syncRuns.id), eq(syncItems.ref, filter.q))),
        )
      : undefined,
  ];
  const rows = await options.db
    .select()
    .from(syncRuns)
    .where(and(...conditions))
    .orderBy(desc(syncRuns.id))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  return { items, nextBefore: rows.length > filter.limit ? (items.at(-1)?.id ?? null) : null };
}

export const syncItemFilterSchema = z.object({
  result: z.enum(["succeeded", "failed", "skipped"]).optional(),
  after: z.coerce.number().int().nonnegative().optional(),
});

/** One run with a page of its items (oldest first, keyset on id), failed ones filterable. */
export async function getSyncRunDetail(options: {
  db: Db;
  runId: number;
  filter?: z.input<typeof syncItemFilterSchema>;
}) {
  const filter = syncItemFilterSchema.parse(options.filter ?? {});
  const [run] = await options.db.select().from(syncRuns).where(eq(syncRuns.id, options.runId)).limit(1);
  if (!run) return null;
  const items = await options.db
    .select()
    .from(syncItems)
    .where(
      and(
        eq(syncItems.runId, run.id),
        filter.result ? eq(syncItems.result, filter.result) : undefined,
        filter.after ? gte(syncItems.id, filter.after + 1) : undefined,
      ),
    )
    .orderBy(syncItems.id)
    .limit(SYNC_RUNS_PAGE_SIZE * 4 + 1);
  const page = items.slice(0, SYNC_RUNS_PAGE_SIZE * 4);
  return { run, items: page, nextAfter: items.length > page.length ? (page.at(-1)?.id ?? null) : null };
}
