"use client";

import { useTranslations } from "next-intl";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { DateRangeFields } from "./date-range-fields";
import type { SyncRunFilters } from "./sync-queries";
import { SYNC_STATUSES } from "./sync-types";

type SyncRunFiltersBarProps = {
  value: SyncRunFilters;
  integrations: IntegrationView[];
  onChange: (next: SyncRunFilters) => void;
};

export function SyncRunFiltersBar({ value, integrations, onChange }: SyncRunFiltersBarProps) {
  const t = useTranslations("syncUi.filters");
  const tStatus = useTranslations("syncUi.status");
  const tKinds = useTranslations("syncKinds");
  const withSyncs = integrations.filter((integration) => integration.available_sync_kinds.length > 0);
  const kinds = [...new Set(withSyncs.flatMap((integration) => integration.available_sync_kinds))];
  const set = (key: keyof SyncRunFilters) => (next: string) => onChange({ ...value, [key]: next });

  return (
    <FilterBar
      label={t("label")}
      clearLabel={t("clear")}
      value={value}
      onClear={() => onChange({})}
      className="sm:grid-cols-3 lg:grid-cols-6"
    >
      <FilterSearch
        className="sm:col-span-3 lg:col-span-6"
        label={t("searchRuns")}
        placeholder={t("searchRunsPlaceholder")}
        value={value.q}
        onChange={set("q")}
      />
      <FilterSelect
        label={t("integration")}
        anyLabel={t("any")}
        value={value.integration}
        options={withSyncs.map((integration) => ({ value: integration.id, label: integration.display_name }))}
        onChange={set("integration")}
      />
      <FilterSelect
        label={t("kind")}
        anyLabel={t("any")}
        value={value.kind}
        options={kinds.map((kind) => ({ value: kind, label: tKinds.has(kind) ? tKinds(kind) : kind }))}
        onChange={set("kind")}
      />
      <FilterSelect
        label={t("status")}
        anyLabel={t("any")}
        value={value.status}
        options={SYNC_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        onChange={set("status")}
      />
      <DateRangeFields from={value.from} to={value.to} onChange={(range) => onChange({ ...value, ...range })} />
    </FilterBar>
  );
}
