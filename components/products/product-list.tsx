"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ExportCsvButton } from "./export-csv-button";
import { ImportCsvDialog } from "./import-csv-dialog";
import { ProductFiltersBar } from "./product-filters-bar";
import { productFacetsQuery, productsQuery, type ProductListParams } from "./product-queries";
import { ProductTable } from "./product-table";
import { ProductTableSkeleton } from "./product-table-skeleton";
import { useDebouncedValue } from "./use-debounced-value";
import { ViewOnlyNotice } from "./view-only-notice";

/** Empty values dropped, so "no filters" is `{}` — the key the server prefetched the first page under. */
const withoutEmpty = (params: ProductListParams): ProductListParams =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value && value.trim() !== ""));

/** The /products page body: filters, the keyset-paginated table with inline edits, import and export. */
export function ProductList({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("products");
  const tMatching = useTranslations("marketplaceUi.matching");
  const [filters, setFilters] = useState<ProductListParams>({});
  const search = useDebouncedValue(filters.q ?? "");
  const params = withoutEmpty({ ...filters, q: search.trim() });
  const products = useInfiniteQuery({ ...productsQuery(params), placeholderData: keepPreviousData });
  const facets = useQuery(productFacetsQuery());
  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  const hasFilters = Object.keys(params).length > 0;

  function body() {
    if (products.isPending) return <ProductTableSkeleton />;
    if (products.isError && !products.data) {
      return (
        <EmptyState
          title={t("loadFailed")}
          action={
            <Button variant="secondary" onClick={() => void products.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      );
    }
    if (items.length === 0)
      return hasFilters ? (
        <EmptyState title={t("noMatches")} description={t("noMatchesHint")} />
      ) : (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      );
    return (
      <>
        <div
          className={products.isPlaceholderData ? "opacity-60 transition-opacity" : ""}
          aria-busy={products.isFetching || undefined}
        >
          <ProductTable products={items} marketplaces={facets.data?.marketplaces ?? []} canEdit={canEdit} />
        </div>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600" aria-live="polite">
            {t("count", { count: items.length })}
          </p>
          {products.hasNextPage && (
            <Button
              variant="secondary"
              isPending={products.isFetchingNextPage}
              onClick={() => void products.fetchNextPage()}
            >
              {t("loadMore")}
            </Button>
          )}
        </div>
      </>
    );
  }

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
      <ProductFiltersBar value={filters} facets={facets.data} onChange={setFilters} />
      {body()}
    </>
  );
}
