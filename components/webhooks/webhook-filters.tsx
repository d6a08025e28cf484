"use client";

import { useTranslations } from "next-intl";
import { DateRangeFields } from "@/components/sync/date-range-fields";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import type { WebhookFilters } from "./webhook-queries";
import { WEBHOOK_STATUSES } from "./webhook-types";

type WebhookFiltersBarProps = {
  value: WebhookFilters;
  integrations: IntegrationView[];
  onChange: (next: WebhookFilters) => void;
};

export function WebhookFiltersBar({ value, integrations, onChange }: WebhookFiltersBarProps) {
  const t = useTranslations("webhookUi.filters");
  const tStatus = useTranslations("webhookUi.status");
  const providers = integrations.filter((integration) => integration.receives_webhooks);
  const chosen = providers.find((integration) => integration.id === value.provider);
  const types = [...new Set((chosen ? [chosen] : providers).flatMap((integration) => integration.webhook_event_types))];
  const set = (key: keyof WebhookFilters) => (next: string) => onChange({ ...value, [key]: next });

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
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={value.q}
        onChange={set("q")}
      />
      <FilterSelect
        label={t("provider")}
        anyLabel={t("any")}
        value={value.provider}
        options={providers.map((integration) => ({ value: integration.id, label: integration.display_name }))}
        // A type belongs to a provider: changing the provider drops it.
        onChange={(provider) => onChange({ ...value, provider, type: "" })}
      />
      <FilterSelect
        label={t("type")}
        anyLabel={t("any")}
        value={value.type}
        options={types.map((type) => ({ value: type, label: type }))}
        onChange={set("type")}
      />
      <FilterSelect
        label={t("status")}
        anyLabel={t("any")}
        value={value.status}
        options={WEBHOOK_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        onChange={set("status")}
      />
      <FilterSelect
        label={t("origin")}
        anyLabel={t("any")}
        value={value.test}
        options={[
          { value: "real", label: t("realOnly") },
          { value: "test", label: t("testOnly") },
        ]}
        onChange={set("test")}
      />
      <DateRangeFields from={value.from} to={value.to} onChange={(range) => onChange({ ...value, ...range })} />
    </FilterBar>
  );
}
