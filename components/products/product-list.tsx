"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import { ListView } from "@/components/ui/list/list-view";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { PageHeader } from "@/components/ui/page-header";
import { ExportCsvButton } from "./export-csv-button";
import { ImportCsvDialog } from "./import-csv-dialog";
import { useProductColumns } from "./product-columns";
import { PRODUCT_FILTER_KEYS, productFacetsQuery, productsQuery } from "./product-queries";
import { ViewOnlyNotice } from "./view-only-notice";

const LISTING_FILTERS = ["active", "pending", "failed", "none"] as const;
const asOptions = (values: readonly string[] | undefined) =>
  (values ?? []).map((option) => ({ value: option, label: option }));

/** The /products page body: filters, the keyset-paginated table with inline edits, import and export. */
export function ProductList({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("products");
  const tMatching = useTranslations("marketplaceUi.matching");
  const filters = useUrlFilters(PRODUCT_FILTER_KEYS);
  const params = filters.value;
  const products = useInfiniteQuery({ ...productsQuery(params), placeholderData: keepPreviousData });
  const facets = useQuery(productFacetsQuery());
  const columns = useProductColumns(facets.data?.marketplaces ?? [], canEdit);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <>
            <Link
              href="/products/matching"
              className="inline-flex items-center rounded-md px-3 py-2 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
            >
              {tMatching("link")}
            </Link>
            <ExportCsvButton params={params} />
            <ImportCsvDialog canEdit={canEdit} />
          </>
        }
      />
      {!canEdit && <ViewOnlyNotice />}
      <ListFilters
        label={t("filters.label")}
        value={params}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          { kind: "search", key: "q", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
          { kind: "select", key: "brand", label: t("filters.brand"), options: asOptions(facets.data?.brands) },
          {
            kind: "select",
            key: "category",
            label: t("filters.category"),
            options: asOptions(facets.data?.categories),
          },
          {
            kind: "select",
            key: "active",
            label: t("filters.active"),
            options: [
              { value: "true", label: t("filters.activeOnly") },
              { value: "false", label: t("filters.inactiveOnly") },
            ],
          },
          {
            kind: "select",
            key: "integration",
            label: t("filters.marketplace"),
            options: (facets.data?.marketplaces ?? []).map((marketplace) => ({
              value: marketplace.id,
              label: marketplace.display_name,
            })),
            // A listing status only means something for one marketplace: changing the marketplace clears it.
            clears: ["listing_status"],
          },
          Boolean(params.integration) && {
            kind: "select",
            key: "listing_status",
            label: t("filters.listingStatus"),
            options: LISTING_FILTERS.map((status) => ({ value: status, label: t(`listingStatus.${status}`) })),
          },
        ]}
      />
      <ListView
        caption={t("title")}
        source={fromInfiniteQuery(products)}
        columns={columns}
        rowKey={(product) => String(product.id)}
        rowProps={(product) => ({
          "data-testid": `product-row-${product.sku}`,
          className: `align-top ${product.is_active ? "" : "text-slate-500"}`,
        })}
        skeletonRows={8}
        empty={{ title: t("empty"), description: t("emptyHint") }}
        filtered={
          Object.keys(params).length > 0
            ? { title: t("noMatches"), description: t("noMatchesHint"), onClear: () => filters.reset() }
            : undefined
        }
      />
    </>
  );
}
