"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { DateRangeFields } from "./date-range-fields";
import type { SyncRunFilters } from "./sync-queries";
import { SYNC_STATUSES } from "./sync-types";

type SyncRunFiltersBarProps = { value: SyncRunFilters; integrations: IntegrationView[]; onChange: (next: SyncRunFilters) => void };

export function SyncRunFiltersBar({ value, integrations, onChange }: SyncRunFiltersBarProps) {
  const t = useTranslations("syncUi.filters");
  const tStatus = useTranslations("syncUi.status");
  const tKinds = useTranslations("syncKinds");
  const withSyncs = integrations.filter((integration) => integration.available_sync_kinds.length > 0);
  const kinds = [...new Set(withSyncs.flatMap((integration) => integration.available_sync_kinds))];
  const set = (key: keyof SyncRunFilters) => (next: string) => onChange({ ...value, [key]: next });
  const hasFilters = Object.values(value).some(Boolean);

  return (
    <form role="search" aria-label={t("label")} onSubmit={(event) => event.preventDefault()} className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <TextField
        className="sm:col-span-3 lg:col-span-6"
        type="search"
        label={t("searchRuns")}
        placeholder={t("searchRunsPlaceholder")}
        value={value.q ?? ""}
        onChange={(event) => set("q")(event.target.value)}
      />
      <SelectField label={t("integration")} value={value.integration ?? ""} onChange={(event) => set("integration")(event.target.value)}>
        <option value="">{t("any")}</option>
        {withSyncs.map((integration) => (
          <option key={integration.id} value={integration.id}>
            {integration.display_name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("kind")} value={value.kind ?? ""} onChange={(event) => set("kind")(event.target.value)}>
        <option value="">{t("any")}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {tKinds.has(kind) ? tKinds(kind) : kind}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("status")} value={value.status ?? ""} onChange={(event) => set("status")(event.target.value)}>
        <option value="">{t("any")}</option>
        {SYNC_STATUSES.map((status) => (
          <option key={status} value={status}>
            {tStatus(status)}
          </option>
        ))}
      </SelectField>
      <DateRangeFields from={value.from} to={value.to} onChange={(range) => onChange({ ...value, ...range })} />
      {hasFilters && (
        <div className="flex items-end">
          <Button variant="ghost" size="sm" onClick={() => onChange({})}>
            {t("clear")}
          </Button>
        </div>
      )}
    </form>
  );
}
