"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import { ListView } from "@/components/ui/list/list-view";
import { useRowSelection } from "@/components/ui/list/use-row-selection";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { MARKETPLACE_ORDER_STATUSES } from "@/lib/providers/marketplace";
import { BulkOrderActions } from "./bulk-order-actions";
import { ORDER_FILTER_KEYS, ordersQuery } from "./order-queries";
import { useOrderColumns } from "./order-columns";

/** /orders: filterable, searchable (order number, customer, SKU), keyset-paginated orders, newest order date first. */
export function OrderList({ canEdit = false }: { canEdit?: boolean }) {
  const t = useTranslations("ordersUi");
  const tOrders = useTranslations("orders");
  const tBulk = useTranslations("orderToCash.bulk");
  const filters = useUrlFilters(ORDER_FILTER_KEYS);
  const integrations = useQuery(integrationsQuery());
  const orders = useInfiniteQuery({ ...ordersQuery(filters.value), placeholderData: keepPreviousData });
  const source = fromInfiniteQuery(orders);
  const selection = useRowSelection(filters.value);
  const names = Object.fromEntries(
    (integrations.data ?? []).map((integration) => [integration.id, integration.display_name]),
  );
  const columns = useOrderColumns(names);
  const marketplaces = (integrations.data ?? []).filter((integration) => integration.kind === "marketplace");

  return (
    <>
      <ListFilters
        label={t("filters.label")}
        value={filters.value}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          { kind: "search", key: "q", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
          {
            kind: "select",
            key: "integration",
            label: t("filters.marketplace"),
            options: marketplaces.map((integration) => ({ value: integration.id, label: integration.display_name })),
          },
          {
            kind: "select",
            key: "status",
            label: t("filters.status"),
            options: MARKETPLACE_ORDER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          },
          { kind: "dateRange", from: "from", to: "to" },
        ]}
      />
      {canEdit && selection.selected.size > 0 && (
        <BulkOrderActions
          selected={source.items.filter((order) => selection.selected.has(String(order.id)))}
          onDone={selection.clear}
        />
      )}
      <ListView
        caption={t("list.caption")}
        source={source}
        columns={columns}
        rowKey={(order) => String(order.id)}
        rowProps={(order) => ({ "data-testid": `order-row-${order.remoteOrderNumber}` })}
        empty={{ title: tOrders("empty"), description: tOrders("emptyHint") }}
        selection={
          canEdit
            ? {
                selected: selection.selected,
                onChange: selection.setSelected,
                rowLabel: (order) => tBulk("select", { number: order.remoteOrderNumber }),
              }
            : undefined
        }
        filtered={
          Object.keys(filters.value).length > 0
            ? { title: t("list.noMatches"), description: t("list.noMatchesHint"), onClear: () => filters.reset() }
            : undefined
        }
      />
    </>
  );
}
