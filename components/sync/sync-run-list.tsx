"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { useDebouncedValue } from "@/components/products/use-debounced-value";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { ListFooter } from "./list-footer";
import { withoutEmpty } from "./query-string";
import { SyncRunFiltersBar } from "./sync-run-filters";
import { SyncRunTable } from "./sync-run-table";
import { syncRunsQuery, type SyncRunFilters } from "./sync-queries";
import { isRunActive } from "./sync-types";

const LIVE_REFRESH_MS = 2_000;

/** /logs/syncs: filterable, keyset-paginated runs; refreshes itself while any run on screen is queued or running. */
export function SyncRunList() {
  const t = useTranslations("syncUi.list");
  const tLogs = useTranslations("syncLogs");
  const toErrorMessage = useApiErrorMessage();
  const [filters, setFilters] = useState<SyncRunFilters>({});
  const search = useDebouncedValue(filters.q ?? "");
  const params = withoutEmpty({ ...filters, q: search });
  const integrations = useQuery(integrationsQuery());
  const runs = useInfiniteQuery({
    ...syncRunsQuery(params),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((run) => isRunActive(run.status)))
        ? LIVE_REFRESH_MS
        : false,
  });
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );
  const isLive = items.some((run) => isRunActive(run.status));

  function body() {
    if (runs.isPending) return <TableSkeleton rows={6} />;
    if (runs.isError && !runs.data) {
      return (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(runs.error)}
          action={
            <Button variant="secondary" onClick={() => void runs.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      );
    }
    if (items.length === 0) {
      return Object.keys(params).length > 0 ? (
        <EmptyState title={t("noMatches")} description={t("noMatchesHint")} />
      ) : (
        <EmptyState title={tLogs("empty")} description={tLogs("emptyHint")} />
      );
    }
    return (
      <>
        <div
          className={runs.isPlaceholderData ? "opacity-60 transition-opacity" : ""}
          aria-busy={runs.isFetching || undefined}
        >
          <SyncRunTable runs={items} names={names} />
        </div>
        <ListFooter
          shown={items.length}
          hasMore={runs.hasNextPage}
          isLoadingMore={runs.isFetchingNextPage}
          onLoadMore={() => void runs.fetchNextPage()}
        />
      </>
    );
  }

  return (
    <>
      <SyncRunFiltersBar value={filters} integrations={integrations.data ?? []} onChange={setFilters} />
      {isLive && (
        <p className="mb-2 flex items-center gap-2 text-xs text-slate-600" aria-live="polite">
          <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-indigo-500" />
          {t("live")}
        </p>
      )}
      {body()}
    </>
  );
}
