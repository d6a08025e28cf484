import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { dayBoundary, toQueryString } from "./query-string";
import type { SyncItemResult, SyncRunDetail, SyncRunPage } from "./sync-types";

/** The list's filters as the user set them; `from`/`to` are local days (yyyy-mm-dd). */
export const SYNC_RUN_FILTER_KEYS = ["q", "integration", "kind", "status", "from", "to"] as const;
export type SyncRunFilters = Partial<Record<(typeof SYNC_RUN_FILTER_KEYS)[number], string>>;

export const syncRunsQuery = (filters: SyncRunFilters) =>
  infiniteQueryOptions({
    queryKey: ["sync-runs", "list", filters],
    queryFn: ({ pageParam }) =>
      fetchJson<SyncRunPage>(
        `/api/sync-runs?${toQueryString({ ...filters, from: dayBoundary(filters.from, "start"), to: dayBoundary(filters.to, "end"), before: pageParam })}`,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
  });

/** One run's summary and counters (the detail endpoint's `run`). */
export const syncRunQuery = (runId: number) =>
  queryOptions({
    queryKey: ["sync-runs", "run", runId],
    queryFn: async () => (await fetchJson<SyncRunDetail>(`/api/sync-runs/${runId}?result=failed`)).run,
  });

/** A run's items, oldest first, keyset-paged on `after`; `result` narrows to failed (or another result) only. */
export const syncItemsQuery = (runId: number, result?: SyncItemResult) =>
  infiniteQueryOptions({
    queryKey: ["sync-runs", "items", runId, result ?? "all"],
    queryFn: ({ pageParam }) =>
      fetchJson<SyncRunDetail>(`/api/sync-runs/${runId}?${toQueryString({ result, after: pageParam })}`),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextAfter,
  });
