"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { DateTime } from "@/components/sync/date-time";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { JsonBlock } from "@/components/webhooks/json-block";
import { OrderAddress } from "./order-address";
import { OrderLinesTable } from "./order-lines-table";
import { orderQuery } from "./order-queries";
import { OrderStatusBadge } from "./order-status-badge";

function Card({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>
      <h2 className="px-6 pt-5 pb-3 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** /orders/[id]: lines and totals, customer and address, and the marketplace's raw payload (folded). */
export function OrderDetailView({ id }: { id: number }) {
  const t = useTranslations("ordersUi.detail");
  const toErrorMessage = useApiErrorMessage();
  const integrations = useQuery(integrationsQuery());
  const query = useQuery(orderQuery(id));
  const back = (
    <Link href="/orders" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
      <span aria-hidden="true">← </span>
      {t("back")}
    </Link>
  );

  if (query.isPending) return <TableSkeleton rows={4} />;
  if (query.isError) {
    const isMissing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="space-y-6">
        {back}
        <EmptyState
          title={isMissing ? t("notFound") : t("loadFailed")}
          description={isMissing ? undefined : toErrorMessage(query.error)}
          action={isMissing ? undefined : <Button variant="secondary" onClick={() => void query.refetch()}>{t("retry")}</Button>}
        />
      </div>
    );
  }

  const order = query.data;
  const marketplace = integrations.data?.find((integration) => integration.id === order.integrationId)?.display_name ?? order.integrationId;
  return (
    <div className="space-y-6">
      {back}
      <PageHeader title={t("title", { number: order.remoteOrderNumber })} description={`${marketplace} · ${t("package", { id: order.packageId })}`} actions={<OrderStatusBadge status={order.status} />} />
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title={t("lines")}>
          <OrderLinesTable lines={order.lines} currency={order.currency} totalKurus={order.totalKurus} />
        </Card>
        <div className="space-y-6">
          <Card title={t("customer")} className="pb-5">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 px-6 text-sm">
              <dt className="text-slate-500">{t("customerName")}</dt>
              <dd>{order.customerName || "—"}</dd>
              <dt className="text-slate-500">{t("customerEmail")}</dt>
              <dd className="break-all">{order.customerEmail || "—"}</dd>
              <dt className="text-slate-500">{t("orderedAt")}</dt>
              <dd><DateTime value={order.orderedAt} /></dd>
              <dt className="text-slate-500">{t("updatedAt")}</dt>
              <dd><DateTime value={order.remoteUpdatedAt} /></dd>
            </dl>
          </Card>
          <Card title={t("address")} className="pb-5">
            <div className="px-6">
              <OrderAddress address={order.shippingAddress} />
            </div>
          </Card>
        </div>
      </div>
      <JsonBlock value={order.raw} summary={t("raw")} testId="order-raw" />
    </div>
  );
}
