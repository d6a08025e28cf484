"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { useDebouncedValue } from "@/components/products/use-debounced-value";
import { ListFooter } from "@/components/sync/list-footer";
import { withoutEmpty } from "@/components/sync/query-string";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { BulkReplayButton } from "./bulk-replay-button";
import { WebhookEventTable } from "./webhook-event-table";
import { WebhookFailureGroups } from "./webhook-failure-groups";
import { WebhookFiltersBar } from "./webhook-filters";
import { toApiFilter, webhooksQuery, type WebhookFilters } from "./webhook-queries";
import { isWebhookPending } from "./webhook-types";

const LIVE_REFRESH_MS = 2_000;

/** /logs/webhooks: filterable, keyset-paginated events; refreshes itself while an event on screen is being processed. */
export function WebhookEventList({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("webhookUi.list");
  const tLogs = useTranslations("webhookLogs");
  const toErrorMessage = useApiErrorMessage();
  const [filters, setFilters] = useState<WebhookFilters>({});
  const search = useDebouncedValue(filters.q ?? "");
  const params = withoutEmpty({ ...filters, q: search });
  const integrations = useQuery(integrationsQuery());
  const events = useInfiniteQuery({
    ...webhooksQuery(params),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((event) => isWebhookPending(event.status)))
        ? LIVE_REFRESH_MS
        : false,
  });
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );
  // Bulk replay acts on failed events whatever the status filter says, so the status is not part of its filter.
  const replayFilter = toApiFilter({ ...params, status: undefined });

  function body() {
    if (events.isPending) return <TableSkeleton rows={6} />;
    if (events.isError && !events.data) {
      return (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(events.error)}
          action={
            <Button variant="secondary" onClick={() => void events.refetch()}>
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
          className={events.isPlaceholderData ? "opacity-60 transition-opacity" : ""}
          aria-busy={events.isFetching || undefined}
        >
          <WebhookEventTable events={items} names={names} />
        </div>
        <ListFooter
          shown={items.length}
          hasMore={events.hasNextPage}
          isLoadingMore={events.isFetchingNextPage}
          onLoadMore={() => void events.fetchNextPage()}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={tLogs("title")}
        description={tLogs("subtitle")}
        actions={<BulkReplayButton filter={replayFilter} canEdit={canEdit} />}
      />
      <WebhookFailureGroups
        names={names}
        selected={filters.error}
        onSelect={(group) => setFilters({ provider: group.provider, status: "failed", error: group.error })}
      />
      <WebhookFiltersBar value={filters} integrations={integrations.data ?? []} onChange={setFilters} />
      {body()}
    </>
  );
}
