"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ProductFacets } from "@/lib/catalog/list-product-facets";
import type { ProductListParams } from "./product-queries";

const LISTING_FILTERS = ["active", "pending", "failed", "none"] as const;

type ProductFiltersBarProps = {
  value: ProductListParams;
  facets: ProductFacets | undefined;
  onChange: (next: ProductListParams) => void;
};

export function ProductFiltersBar({ value, facets, onChange }: ProductFiltersBarProps) {
  const t = useTranslations("products.filters");
  const tStatus = useTranslations("products.listingStatus");
  const set = (key: keyof ProductListParams) => (next: string) => onChange({ ...value, [key]: next });
  const options = (values: readonly string[] | undefined) => [
    <option key="" value="">
      {t("any")}
    </option>,
    ...(values ?? []).map((option) => (
      <option key={option} value={option}>
        {option}
      </option>
    )),
  ];
  const hasFilters = Object.values(value).some(Boolean);

  return (
    <form role="search" aria-label={t("label")} onSubmit={(event) => event.preventDefault()} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <TextField
        className="lg:col-span-2"
        type="search"
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={value.q ?? ""}
        onChange={(event) => set("q")(event.target.value)}
      />
      <SelectField label={t("brand")} value={value.brand ?? ""} onChange={(event) => set("brand")(event.target.value)}>
        {options(facets?.brands)}
      </SelectField>
      <SelectField label={t("category")} value={value.category ?? ""} onChange={(event) => set("category")(event.target.value)}>
        {options(facets?.categories)}
      </SelectField>
      <SelectField label={t("active")} value={value.active ?? ""} onChange={(event) => set("active")(event.target.value)}>
        <option value="">{t("any")}</option>
        <option value="true">{t("activeOnly")}</option>
        <option value="false">{t("inactiveOnly")}</option>
      </SelectField>
      <SelectField
        label={t("marketplace")}
        value={value.integration ?? ""}
        onChange={(event) => onChange({ ...value, integration: event.target.value, listing_status: event.target.value ? value.listing_status : "" })}
      >
        <option value="">{t("any")}</option>
        {facets?.marketplaces.map((marketplace) => (
          <option key={marketplace.id} value={marketplace.id}>
            {marketplace.display_name}
          </option>
        ))}
      </SelectField>
      {value.integration && (
        <SelectField label={t("listingStatus")} value={value.listing_status ?? ""} onChange={(event) => set("listing_status")(event.target.value)}>
          <option value="">{t("any")}</option>
          {LISTING_FILTERS.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </SelectField>
      )}
      {hasFilters && (
        <div className="lg:col-span-6">
          <Button variant="ghost" size="sm" onClick={() => onChange({})}>
            {t("clear")}
          </Button>
        </div>
      )}
    </form>
  );
}
