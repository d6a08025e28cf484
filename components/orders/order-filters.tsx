"use client";

import { useTranslations } from "next-intl";
import { DateRangeFields } from "@/components/sync/date-range-fields";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { MARKETPLACE_ORDER_STATUSES } from "@/lib/providers/marketplace";
import type { OrderFilters } from "./order-queries";

type OrderFiltersBarProps = {
  value: OrderFilters;
  integrations: IntegrationView[];
  onChange: (next: OrderFilters) => void;
};

export function OrderFiltersBar({ value, integrations, onChange }: OrderFiltersBarProps) {
  const t = useTranslations("ordersUi.filters");
  const tStatus = useTranslations("ordersUi.status");
  const marketplaces = integrations.filter((integration) => integration.kind === "marketplace");
  const set = (key: keyof OrderFilters) => (next: string) => onChange({ ...value, [key]: next });

  return (
    <FilterBar
      label={t("label")}
      clearLabel={t("clear")}
      value={value}
      onClear={() => onChange({})}
      className="sm:grid-cols-2 lg:grid-cols-6"
    >
      <FilterSearch
        className="sm:col-span-2"
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={value.q}
        onChange={set("q")}
      />
      <FilterSelect
        label={t("marketplace")}
        anyLabel={t("any")}
        value={value.integration}
        options={marketplaces.map((integration) => ({ value: integration.id, label: integration.display_name }))}
        onChange={set("integration")}
      />
      <FilterSelect
        label={t("status")}
        anyLabel={t("any")}
        value={value.status}
        options={MARKETPLACE_ORDER_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        onChange={set("status")}
      />
      <DateRangeFields from={value.from} to={value.to} onChange={(range) => onChange({ ...value, ...range })} />
    </FilterBar>
  );
}
