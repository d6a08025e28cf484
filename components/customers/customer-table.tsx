"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { useFormatKurus } from "@/components/orders/use-format-kurus";
import { DateTime } from "@/components/sync/date-time";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { customerOrdersQuery, type CustomerRow } from "./customer-queries";

const rowKey = (customer: CustomerRow) => `${customer.integrationId}:${customer.key}`;

export function CustomerTable({ customers, names }: { customers: CustomerRow[]; names: Record<string, string> }) {
  const t = useTranslations("customers");
  const formatKurus = useFormatKurus();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table caption={t("caption")}>
      <thead>
        <tr>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.email")}</Th>
          <Th>{t("columns.marketplace")}</Th>
          <Th>{t("columns.lastOrder")}</Th>
          <Th className="text-right">{t("columns.total")}</Th>
          <Th className="text-right">{t("columns.orders")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {customers.map((customer) => {
          const key = rowKey(customer);
          const isOpen = open === key;
          const panelId = `customer-orders-${key.replace(/[^\w-]/g, "-")}`;
          return (
            <Fragment key={key}>
              <tr data-testid={`customer-row-${customer.email ?? customer.key}`} className="hover:bg-slate-50">
                <Td className="font-medium text-slate-900">
                  {customer.name || <span className="text-slate-400">—</span>}
                </Td>
                <Td className="break-all">{customer.email ?? <span className="text-slate-400">—</span>}</Td>
                <Td>{names[customer.integrationId] ?? customer.integrationId}</Td>
                <Td>
                  <DateTime value={customer.lastOrderAt} />
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">
                  {customer.totalKurus === null
                    ? t("mixedCurrencies")
                    : formatKurus(customer.totalKurus, customer.currency)}
                </Td>
                <Td className="text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-expanded={isOpen}
                    aria-controls={panelId}
                    onClick={() => setOpen(isOpen ? null : key)}
                  >
                    {t("showOrders", { count: customer.orderCount })}
                  </Button>
                </Td>
              </tr>
              {isOpen && (
                <tr id={panelId}>
                  <td colSpan={6} className="bg-slate-50 px-4 py-3">
                    <CustomerOrderList customer={customer} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}

function CustomerOrderList({ customer }: { customer: CustomerRow }) {
  const t = useTranslations("customers");
  const formatKurus = useFormatKurus();
  const toErrorMessage = useApiErrorMessage();
  const orders = useQuery(customerOrdersQuery(customer));
  if (orders.isPending) return <p className="text-sm text-slate-500">{t("loadingOrders")}</p>;
  if (orders.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {toErrorMessage(orders.error)}
      </p>
    );
  return (
    <ul className="space-y-1 text-sm" aria-label={t("ordersOf", { name: customer.name ?? customer.key })}>
      {orders.data.items.map((order) => (
        <li key={order.id} className="flex flex-wrap items-center gap-3">
          <Link href={`/orders/${order.id}`} className="font-medium text-indigo-700 hover:underline">
            {order.remoteOrderNumber}
          </Link>
          <DateTime value={order.orderedAt} />
          <OrderStatusBadge status={order.status} />
          <span className="tabular-nums">{formatKurus(order.totalKurus, order.currency)}</span>
        </li>
      ))}
    </ul>
  );
}
