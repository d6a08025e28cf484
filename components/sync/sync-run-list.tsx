"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import { ListView } from "@/components/ui/list/list-view";
import { SelectionBar } from "@/components/ui/list/selection-bar";
import { useRowSelection } from "@/components/ui/list/use-row-selection";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { RetrySelectedButton } from "./retry-selected-button";
import { useSyncRunColumns } from "./sync-run-columns";
import { SYNC_RUN_FILTER_KEYS, syncRunsQuery } from "./sync-queries";
import { isRunActive, SYNC_STATUSES } from "./sync-types";

const LIVE_REFRESH_MS = 2_000;

/** /logs/syncs: filterable, keyset-paginated runs; refreshes itself while any run on screen is queued or running. */
export function SyncRunList({ canOperate }: { canOperate: boolean }) {
  const t = useTranslations("syncUi");
  const tLogs = useTranslations("syncLogs");
  const tKinds = useTranslations("syncKinds");
  const tSelection = useTranslations("syncUi.selection");
  const filters = useUrlFilters(SYNC_RUN_FILTER_KEYS);
  const integrations = useQuery(integrationsQuery());
  const runs = useInfiniteQuery({
    ...syncRunsQuery(filters.value),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((run) => isRunActive(run.status)))
        ? LIVE_REFRESH_MS
        : false,
  });
  const source = fromInfiniteQuery(runs);
  const selection = useRowSelection(filters.value);
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );
  const columns = useSyncRunColumns(names);
  const withSyncs = (integrations.data ?? []).filter((integration) => integration.available_sync_kinds.length > 0);
  const kinds = [...new Set(withSyncs.flatMap((integration) => integration.available_sync_kinds))];
  const isLive = source.items.some((run) => isRunActive(run.status));

  return (
    <>
      <ListFilters
        label={t("filters.label")}
        value={filters.value}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          {
            kind: "search",
            key: "q",
            label: t("filters.searchRuns"),
            placeholder: t("filters.searchRunsPlaceholder"),
          },
          {
            kind: "select",
            key: "integration",
            label: t("filters.integration"),
            options: withSyncs.map((integration) => ({ value: integration.id, label: integration.display_name })),
          },
          {
            kind: "select",
            key: "kind",
            label: t("filters.kind"),
            options: kinds.map((kind) => ({ value: kind, label: tKinds.has(kind) ? tKinds(kind) : kind })),
          },
          {
            kind: "select",
            key: "status",
            label: t("filters.status"),
            options: SYNC_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          },
          { kind: "dateRange", from: "from", to: "to" },
        ]}
      />
      {isLive && (
        <p className="mb-2 flex items-center gap-2 text-xs text-slate-600" aria-live="polite">
          <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-indigo-500" />
          {t("list.live")}
        </p>
      )}
      <SelectionBar count={selection.selected.size} onClear={selection.clear}>
        <RetrySelectedButton ids={[...selection.selected].map(Number)} onDone={selection.clear} />
      </SelectionBar>
      <ListView
        caption={t("list.caption")}
        source={source}
        columns={columns}
        rowKey={(run) => String(run.id)}
        rowProps={(run) => ({ "data-testid": `sync-run-row-${run.id}`, "data-status": run.status })}
        empty={{ title: tLogs("empty"), description: tLogs("emptyHint") }}
        selection={
          canOperate
            ? {
                selected: selection.selected,
                onChange: selection.setSelected,
                isSelectable: (run) => !isRunActive(run.status),
                rowLabel: (run) => tSelection("rowLabel", { id: run.id }),
              }
            : undefined
        }
        filtered={
          Object.keys(filters.value).length > 0
            ? { title: t("list.noMatches"), description: t("list.noMatchesHint"), onClear: () => filters.reset() }
            : undefined
        }
      />
    </>
  );
}
