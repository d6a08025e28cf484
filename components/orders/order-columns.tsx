"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/sync/date-time";
import type { ListColumn } from "@/components/ui/list/list-types";
import { OrderStatusBadge } from "./order-status-badge";
import type { OrderSummary } from "./order-types";
import { useFormatKurus } from "./use-format-kurus";

/** The orders list's columns; a phone card shows the number, date, status and total. */
export function useOrderColumns(names: Record<string, string>): ListColumn<OrderSummary>[] {
  const t = useTranslations("ordersUi.columns");
  const formatKurus = useFormatKurus();
  return [
    {
      id: "number",
      header: t("number"),
      card: "title",
      cell: (order) => (
        <>
          <Link
            href={`/orders/${order.id}`}
            className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {order.remoteOrderNumber}
          </Link>
          {order.packageId !== order.remoteOrderNumber && (
            <span className="block font-mono text-xs text-slate-500">{order.packageId}</span>
          )}
        </>
      ),
    },
    { id: "orderedAt", header: t("orderedAt"), card: "key", cell: (order) => <DateTime value={order.orderedAt} /> },
    { id: "marketplace", header: t("marketplace"), cell: (order) => names[order.integrationId] ?? order.integrationId },
    {
      id: "customer",
      header: t("customer"),
      cell: (order) => order.customerName || <span className="text-slate-500">—</span>,
    },
    { id: "status", header: t("status"), card: "key", cell: (order) => <OrderStatusBadge status={order.status} /> },
    { id: "lines", header: t("lines"), align: "right", cell: (order) => order.lineCount },
    {
      id: "total",
      header: t("total"),
      align: "right",
      card: "key",
      className: "whitespace-nowrap font-medium",
      cell: (order) => formatKurus(order.totalKurus, order.currency),
    },
  ];
}
