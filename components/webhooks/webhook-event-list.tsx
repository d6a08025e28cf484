"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import { ListView } from "@/components/ui/list/list-view";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { SelectionBar } from "@/components/ui/list/selection-bar";
import { useRowSelection } from "@/components/ui/list/use-row-selection";
import { PageHeader } from "@/components/ui/page-header";
import { BulkReplayButton } from "./bulk-replay-button";
import { ReplaySelectedButton } from "./replay-selected-button";
import { useWebhookColumns } from "./webhook-columns";
import { WebhookFailureGroups } from "./webhook-failure-groups";
import { toApiFilter, WEBHOOK_FILTER_KEYS, webhooksQuery } from "./webhook-queries";
import { isWebhookPending, WEBHOOK_STATUSES, type WebhookStatus } from "./webhook-types";

const LIVE_REFRESH_MS = 2_000;
/** What a person may pick for replay: anything verified and not in progress. */
const REPLAYABLE: readonly WebhookStatus[] = ["processed", "failed", "ignored", "skipped"];

/** /logs/webhooks: filterable, keyset-paginated events; refreshes itself while an event on screen is being processed. */
export function WebhookEventList({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("webhookUi");
  const tSelection = useTranslations("webhookUi.selection");
  const tLogs = useTranslations("webhookLogs");
  const filters = useUrlFilters(WEBHOOK_FILTER_KEYS);
  const params = filters.value;
  const integrations = useQuery(integrationsQuery());
  const events = useInfiniteQuery({
    ...webhooksQuery(params),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((event) => isWebhookPending(event.status)))
        ? LIVE_REFRESH_MS
        : false,
  });
  const selection = useRowSelection(params);
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );
  const columns = useWebhookColumns(names);
  const providers = (integrations.data ?? []).filter((integration) => integration.receives_webhooks);
  const chosen = providers.find((integration) => integration.id === params.provider);
  const types = [...new Set((chosen ? [chosen] : providers).flatMap((integration) => integration.webhook_event_types))];
  // Bulk replay acts on failed events whatever the status filter says, so the status is not part of its filter.
  const replayFilter = toApiFilter({ ...params, status: undefined });

  return (
    <>
      <PageHeader
        title={tLogs("title")}
        description={tLogs("subtitle")}
        actions={<BulkReplayButton filter={replayFilter} canEdit={canEdit} />}
      />
      <WebhookFailureGroups
        names={names}
        selected={params.error}
        onSelect={(group) => filters.reset({ provider: group.provider, status: "failed", error: group.error })}
      />
      <ListFilters
        label={t("filters.label")}
        value={params}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          { kind: "search", key: "q", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
          {
            kind: "select",
            key: "provider",
            label: t("filters.provider"),
            options: providers.map((integration) => ({ value: integration.id, label: integration.display_name })),
            // A type belongs to a provider: changing the provider drops it.
            clears: ["type"],
          },
          {
            kind: "select",
            key: "type",
            label: t("filters.type"),
            options: types.map((type) => ({ value: type, label: type })),
          },
          {
            kind: "select",
            key: "status",
            label: t("filters.status"),
            options: WEBHOOK_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          },
          {
            kind: "select",
            key: "test",
            label: t("filters.origin"),
            options: [
              { value: "real", label: t("filters.realOnly") },
              { value: "test", label: t("filters.testOnly") },
            ],
          },
          { kind: "dateRange", from: "from", to: "to" },
        ]}
      />
      <SelectionBar count={selection.selected.size} onClear={selection.clear}>
        <ReplaySelectedButton ids={[...selection.selected].map(Number)} onDone={selection.clear} />
      </SelectionBar>
      <ListView
        caption={t("list.caption")}
        source={fromInfiniteQuery(events)}
        columns={columns}
        rowKey={(event) => String(event.id)}
        rowProps={(event) => ({ "data-testid": `webhook-row-${event.id}`, "data-status": event.status })}
        empty={{ title: tLogs("empty"), description: tLogs("emptyHint") }}
        selection={
          canEdit
            ? {
                selected: selection.selected,
                onChange: selection.setSelected,
                isSelectable: (event) => REPLAYABLE.includes(event.status),
                rowLabel: (event) => tSelection("rowLabel", { id: event.id }),
              }
            : undefined
        }
        filtered={
          Object.keys(params).length > 0
            ? { title: t("list.noMatches"), description: t("list.noMatchesHint"), onClear: () => filters.reset() }
            : undefined
        }
      />
    </>
  );
}
