"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { useDebouncedValue } from "@/components/products/use-debounced-value";
import { ListFooter } from "@/components/sync/list-footer";
import { withoutEmpty } from "@/components/sync/query-string";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { OrderFiltersBar } from "./order-filters";
import { ordersQuery, type OrderFilters } from "./order-queries";
import { BulkOrderActions } from "./bulk-order-actions";
import { OrderTable, type OrderSelection } from "./order-table";

/** /orders: filterable, searchable (order number, customer, SKU), keyset-paginated orders from every marketplace. */
export function OrderList({ canEdit = false }: { canEdit?: boolean }) {
  const t = useTranslations("ordersUi.list");
  const tOrders = useTranslations("orders");
  const toErrorMessage = useApiErrorMessage();
  const [filters, setFilters] = useState<OrderFilters>({});
  const search = useDebouncedValue(filters.q ?? "");
  const params = withoutEmpty({ ...filters, q: search });
  const integrations = useQuery(integrationsQuery());
  const orders = useInfiniteQuery({ ...ordersQuery(params), placeholderData: keepPreviousData });
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const selection: OrderSelection = {
    selected,
    toggle: (id) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    toggleAll: () =>
      setSelected((current) =>
        items.every((order) => current.has(order.id)) ? new Set() : new Set(items.map((order) => order.id)),
      ),
  };
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );

  function body() {
    if (orders.isPending) return <TableSkeleton rows={6} />;
    if (orders.isError && !orders.data) {
      return (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(orders.error)}
          action={
            <Button variant="secondary" onClick={() => void orders.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      );
    }
    if (items.length === 0) {
      return Object.keys(params).length > 0 ? (
        <EmptyState title={t("noMatches")} description={t("noMatchesHint")} />
      ) : (
        <EmptyState title={tOrders("empty")} description={tOrders("emptyHint")} />
      );
    }
    return (
      <>
        <div
          className={orders.isPlaceholderData ? "opacity-60 transition-opacity" : ""}
          aria-busy={orders.isFetching || undefined}
        >
          <OrderTable orders={items} names={names} selection={canEdit ? selection : undefined} />
        </div>
        <ListFooter
          shown={items.length}
          hasMore={orders.hasNextPage}
          isLoadingMore={orders.isFetchingNextPage}
          onLoadMore={() => void orders.fetchNextPage()}
        />
      </>
    );
  }

  return (
    <>
      <OrderFiltersBar value={filters} integrations={integrations.data ?? []} onChange={setFilters} />
      {canEdit && selected.size > 0 && (
        <BulkOrderActions
          selected={items.filter((order) => selected.has(order.id))}
          onDone={() => setSelected(new Set())}
        />
      )}
      {body()}
    </>
  );
}
