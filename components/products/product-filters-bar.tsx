"use client";

import { useTranslations } from "next-intl";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import type { ProductFacets } from "@/lib/catalog/list-product-facets";
import type { ProductListParams } from "./product-queries";

const LISTING_FILTERS = ["active", "pending", "failed", "none"] as const;

type ProductFiltersBarProps = {
  value: ProductListParams;
  facets: ProductFacets | undefined;
  onChange: (next: ProductListParams) => void;
};

const asOptions = (values: readonly string[] | undefined) =>
  (values ?? []).map((option) => ({ value: option, label: option }));

export function ProductFiltersBar({ value, facets, onChange }: ProductFiltersBarProps) {
  const t = useTranslations("products.filters");
  const tStatus = useTranslations("products.listingStatus");
  const set = (key: keyof ProductListParams) => (next: string) => onChange({ ...value, [key]: next });

  return (
    <FilterBar
      label={t("label")}
      clearLabel={t("clear")}
      value={value}
      onClear={() => onChange({})}
      className="sm:grid-cols-2 lg:grid-cols-6"
    >
      <FilterSearch
        className="lg:col-span-2"
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={value.q}
        onChange={set("q")}
      />
      <FilterSelect
        label={t("brand")}
        anyLabel={t("any")}
        value={value.brand}
        options={asOptions(facets?.brands)}
        onChange={set("brand")}
      />
      <FilterSelect
        label={t("category")}
        anyLabel={t("any")}
        value={value.category}
        options={asOptions(facets?.categories)}
        onChange={set("category")}
      />
      <FilterSelect
        label={t("active")}
        anyLabel={t("any")}
        value={value.active}
        options={[
          { value: "true", label: t("activeOnly") },
          { value: "false", label: t("inactiveOnly") },
        ]}
        onChange={set("active")}
      />
      <FilterSelect
        label={t("marketplace")}
        anyLabel={t("any")}
        value={value.integration}
        options={(facets?.marketplaces ?? []).map((marketplace) => ({
          value: marketplace.id,
          label: marketplace.display_name,
        }))}
        // A listing status only means something for one marketplace: clearing the marketplace clears it.
        onChange={(integration) =>
          onChange({ ...value, integration, listing_status: integration ? value.listing_status : "" })
        }
      />
      {value.integration && (
        <FilterSelect
          label={t("listingStatus")}
          anyLabel={t("any")}
          value={value.listing_status}
          options={LISTING_FILTERS.map((status) => ({ value: status, label: tStatus(status) }))}
          onChange={set("listing_status")}
        />
      )}
    </FilterBar>
  );
}
