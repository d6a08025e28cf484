"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/sync/date-time";
import { Table, Td, Th } from "@/components/ui/table";
import { OrderStatusBadge } from "./order-status-badge";
import type { OrderSummary } from "./order-types";
import { useFormatKurus } from "./use-format-kurus";

/** Row selection for bulk actions; absent for read-only users. */
export type OrderSelection = { selected: ReadonlySet<number>; toggle: (id: number) => void; toggleAll: () => void };

export function OrderTable({
  orders,
  names,
  selection,
}: {
  orders: OrderSummary[];
  names: Record<string, string>;
  selection?: OrderSelection;
}) {
  const t = useTranslations("ordersUi");
  const tBulk = useTranslations("orderToCash.bulk");
  const allSelected = orders.length > 0 && orders.every((order) => selection?.selected.has(order.id));
  const formatKurus = useFormatKurus();
  return (
    <Table caption={t("list.caption")}>
      <thead>
        <tr>
          {selection && (
            <Th className="w-8">
              <input
                type="checkbox"
                className="size-4"
                aria-label={tBulk("selectAll")}
                checked={allSelected}
                onChange={selection.toggleAll}
              />
            </Th>
          )}
          <Th>{t("columns.number")}</Th>
          <Th>{t("columns.orderedAt")}</Th>
          <Th>{t("columns.marketplace")}</Th>
          <Th>{t("columns.customer")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th className="text-right">{t("columns.lines")}</Th>
          <Th className="text-right">{t("columns.total")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {orders.map((order) => (
          <tr key={order.id} data-testid={`order-row-${order.remoteOrderNumber}`} className="hover:bg-slate-50">
            {selection && (
              <Td>
                <input
                  type="checkbox"
                  className="size-4"
                  aria-label={tBulk("select", { number: order.remoteOrderNumber })}
                  checked={selection.selected.has(order.id)}
                  onChange={() => selection.toggle(order.id)}
                />
              </Td>
            )}
            <Td>
              <Link
                href={`/orders/${order.id}`}
                className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                {order.remoteOrderNumber}
              </Link>
              {order.packageId !== order.remoteOrderNumber && (
                <span className="block font-mono text-xs text-slate-500">{order.packageId}</span>
              )}
            </Td>
            <Td>
              <DateTime value={order.orderedAt} />
            </Td>
            <Td>{names[order.integrationId] ?? order.integrationId}</Td>
            <Td>{order.customerName || <span className="text-slate-400">—</span>}</Td>
            <Td>
              <OrderStatusBadge status={order.status} />
            </Td>
            <Td className="text-right tabular-nums">{order.lineCount}</Td>
            <Td className="whitespace-nowrap text-right font-medium tabular-nums">
              {formatKurus(order.totalKurus, order.currency)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
