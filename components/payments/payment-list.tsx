"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { useDebouncedValue } from "@/components/products/use-debounced-value";
import { ListFooter } from "@/components/sync/list-footer";
import { withoutEmpty } from "@/components/sync/query-string";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { PAYMENT_STATUSES } from "@/lib/payments/payment-status";
import { paymentsQuery, type PaymentFilters } from "./payment-queries";
import { PaymentTable } from "./payment-table";

/** /payments: every iyzico and Stripe payment, filterable by provider and status, searchable by reference or order. */
export function PaymentList() {
  const t = useTranslations("payments");
  const toErrorMessage = useApiErrorMessage();
  const [filters, setFilters] = useState<PaymentFilters>({});
  const search = useDebouncedValue(filters.q ?? "");
  const params = withoutEmpty({ ...filters, q: search });
  const query = useInfiniteQuery({ ...paymentsQuery(params), placeholderData: keepPreviousData });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (key: keyof PaymentFilters) => (next: string) => setFilters({ ...filters, [key]: next });

  function body() {
    if (query.isPending) return <TableSkeleton rows={6} />;
    if (query.isError && !query.data)
      return (
        <EmptyState
          title={t("list.loadFailed")}
          description={toErrorMessage(query.error)}
          action={
            <Button variant="secondary" onClick={() => void query.refetch()}>
              {t("list.retry")}
            </Button>
          }
        />
      );
    if (items.length === 0)
      return Object.keys(params).length > 0 ? (
        <EmptyState title={t("list.noMatches")} />
      ) : (
        <EmptyState title={t("list.empty")} description={t("list.emptyHint")} />
      );
    return (
      <>
        <div
          className={query.isPlaceholderData ? "opacity-60 transition-opacity" : ""}
          aria-busy={query.isFetching || undefined}
        >
          <PaymentTable payments={items} />
        </div>
        <ListFooter
          shown={items.length}
          hasMore={query.hasNextPage}
          isLoadingMore={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </>
    );
  }

  return (
    <>
      <FilterBar
        label={t("filters.label")}
        clearLabel={t("filters.clear")}
        value={filters}
        onClear={() => setFilters({})}
        className="sm:grid-cols-2 lg:grid-cols-4"
      >
        <FilterSearch
          className="sm:col-span-2"
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          value={filters.q}
          onChange={set("q")}
        />
        <FilterSelect
          label={t("filters.provider")}
          anyLabel={t("filters.any")}
          value={filters.provider}
          options={[
            { value: "iyzico", label: "iyzico" },
            { value: "stripe", label: "Stripe" },
          ]}
          onChange={set("provider")}
        />
        <FilterSelect
          label={t("filters.status")}
          anyLabel={t("filters.any")}
          value={filters.status}
          options={PAYMENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          onChange={set("status")}
        />
      </FilterBar>
      {body()}
    </>
  );
}
