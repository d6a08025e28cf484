"use client";

import { useTranslations } from "next-intl";
import { DateRangeFields } from "@/components/sync/date-range-fields";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { MARKETPLACE_ORDER_STATUSES } from "@/lib/providers/marketplace";
import type { OrderFilters } from "./order-queries";

type OrderFiltersBarProps = { value: OrderFilters; integrations: IntegrationView[]; onChange: (next: OrderFilters) => void };

export function OrderFiltersBar({ value, integrations, onChange }: OrderFiltersBarProps) {
  const t = useTranslations("ordersUi.filters");
  const tStatus = useTranslations("ordersUi.status");
  const marketplaces = integrations.filter((integration) => integration.kind === "marketplace");
  const set = (key: keyof OrderFilters) => (next: string) => onChange({ ...value, [key]: next });

  return (
    <form role="search" aria-label={t("label")} onSubmit={(event) => event.preventDefault()} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <TextField
        className="sm:col-span-2"
        type="search"
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={value.q ?? ""}
        onChange={(event) => set("q")(event.target.value)}
      />
      <SelectField label={t("marketplace")} value={value.integration ?? ""} onChange={(event) => set("integration")(event.target.value)}>
        <option value="">{t("any")}</option>
        {marketplaces.map((integration) => (
          <option key={integration.id} value={integration.id}>
            {integration.display_name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("status")} value={value.status ?? ""} onChange={(event) => set("status")(event.target.value)}>
        <option value="">{t("any")}</option>
        {MARKETPLACE_ORDER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {tStatus(status)}
          </option>
        ))}
      </SelectField>
      <DateRangeFields from={value.from} to={value.to} onChange={(range) => onChange({ ...value, ...range })} />
      {Object.values(value).some(Boolean) && (
        <div className="lg:col-span-6">
          <Button variant="ghost" size="sm" onClick={() => onChange({})}>
            {t("clear")}
          </Button>
        </div>
      )}
    </form>
  );
}
