"use client";

import { useTranslations } from "next-intl";
import { DateRangeFields } from "@/components/sync/date-range-fields";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import type { WebhookFilters } from "./webhook-queries";
import { WEBHOOK_STATUSES } from "./webhook-types";

type WebhookFiltersBarProps = { value: WebhookFilters; integrations: IntegrationView[]; onChange: (next: WebhookFilters) => void };

export function WebhookFiltersBar({ value, integrations, onChange }: WebhookFiltersBarProps) {
  const t = useTranslations("webhookUi.filters");
  const tStatus = useTranslations("webhookUi.status");
  const providers = integrations.filter((integration) => integration.receives_webhooks);
  const chosen = providers.find((integration) => integration.id === value.provider);
  const types = [...new Set((chosen ? [chosen] : providers).flatMap((integration) => integration.webhook_event_types))];
  const set = (key: keyof WebhookFilters) => (next: string) => onChange({ ...value, [key]: next });

  return (
    <form role="search" aria-label={t("label")} onSubmit={(event) => event.preventDefault()} className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <TextField
        className="sm:col-span-3 lg:col-span-6"
        type="search"
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={value.q ?? ""}
        onChange={(event) => set("q")(event.target.value)}
      />
      <SelectField label={t("provider")} value={value.provider ?? ""} onChange={(event) => onChange({ ...value, provider: event.target.value, type: "" })}>
        <option value="">{t("any")}</option>
        {providers.map((integration) => (
          <option key={integration.id} value={integration.id}>
            {integration.display_name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("type")} value={value.type ?? ""} onChange={(event) => set("type")(event.target.value)}>
        <option value="">{t("any")}</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("status")} value={value.status ?? ""} onChange={(event) => set("status")(event.target.value)}>
        <option value="">{t("any")}</option>
        {WEBHOOK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {tStatus(status)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("origin")} value={value.test ?? ""} onChange={(event) => set("test")(event.target.value)}>
        <option value="">{t("any")}</option>
        <option value="real">{t("realOnly")}</option>
        <option value="test">{t("testOnly")}</option>
      </SelectField>
      <DateRangeFields from={value.from} to={value.to} onChange={(range) => onChange({ ...value, ...range })} />
      {Object.values(value).some(Boolean) && (
        <div className="flex items-end sm:col-span-3 lg:col-span-6">
          <Button variant="ghost" size="sm" onClick={() => onChange({})}>
            {t("clear")}
          </Button>
        </div>
      )}
    </form>
  );
}
