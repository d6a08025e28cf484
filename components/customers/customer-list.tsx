"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { useDebouncedValue } from "@/components/products/use-debounced-value";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSearch } from "@/components/ui/filter-bar";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { CustomerTable } from "./customer-table";
import { customersQuery } from "./customer-queries";

/** /customers: everyone who ordered, searchable by name or e-mail, a page at a time, each with their orders. */
export function CustomerList() {
  const t = useTranslations("customers");
  const toErrorMessage = useApiErrorMessage();
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const search = useDebouncedValue(q.trim());
  const params = { ...(search ? { q: search } : {}), ...(page > 1 ? { page } : {}) };
  const customers = useQuery({ ...customersQuery(params), placeholderData: keepPreviousData });
  const integrations = useQuery(integrationsQuery());
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );
  const data = customers.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  function body() {
    if (customers.isPending) return <TableSkeleton rows={6} />;
    if (customers.isError && !data) {
      return (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(customers.error)}
          action={
            <Button variant="secondary" onClick={() => void customers.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      );
    }
    if (!data || data.items.length === 0) {
      return search ? (
        <EmptyState title={t("noMatches")} description={t("noMatchesHint")} />
      ) : (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      );
    }
    return (
      <>
        <div
          className={customers.isPlaceholderData ? "opacity-60 transition-opacity" : ""}
          aria-busy={customers.isFetching || undefined}
        >
          <CustomerTable customers={data.items} names={names} />
        </div>
        <nav
          aria-label={t("pagination")}
          className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600"
        >
          <span aria-live="polite" data-testid="customers-page">
            {t("pageOf", { page: data.page, pages, total: data.total })}
          </span>
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t("previous")}
            </Button>
            <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t("next")}
            </Button>
          </div>
        </nav>
      </>
    );
  }

  return (
    <>
      <FilterBar
        label={t("filters")}
        clearLabel={t("clear")}
        value={{ q }}
        onClear={() => {
          setQ("");
          setPage(1);
        }}
        className="sm:grid-cols-2 lg:grid-cols-4"
      >
        <FilterSearch
          className="sm:col-span-2"
          label={t("search")}
          placeholder={t("searchPlaceholder")}
          value={q}
          onChange={(next) => {
            setQ(next);
            setPage(1);
          }}
        />
      </FilterBar>
      {body()}
    </>
  );
}
