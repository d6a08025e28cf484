"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { DateTime } from "@/components/sync/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { QueryDetail } from "@/components/ui/query-detail";
import { OrderPaymentsPanel } from "@/components/payments/order-payments";
import { JsonBlock } from "@/components/webhooks/json-block";
import { OrderAddress } from "./order-address";
import { OrderClaims } from "./order-claims";
import { PackageActions } from "./package-actions";
import { OrderLinesTable } from "./order-lines-table";
import { orderQuery } from "./order-queries";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderToCashTimeline } from "./order-to-cash-timeline";

function Card({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>
      <h2 className="px-6 pt-5 pb-3 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** /orders/[id]: lines and totals, customer and address, and the marketplace's raw payload (folded). */
export function OrderDetailView({
  id,
  canEdit = false,
  operations = { packageSteps: false, claims: false },
}: {
  id: number;
  canEdit?: boolean;
  /** What the order's marketplace adapter can do (from the provider registry's features). */
  operations?: { packageSteps: boolean; claims: boolean };
}) {
  const t = useTranslations("ordersUi.detail");
  const tMarketplace = useTranslations("marketplaceUi");
  const tOrderToCash = useTranslations("orderToCash.timeline");
  const integrations = useQuery(integrationsQuery());
  const query = useQuery(orderQuery(id));
  const labels = { back: t("back"), notFound: t("notFound"), loadFailed: t("loadFailed"), retry: t("retry") };
  const marketplaceName = (integrationId: string) =>
    integrations.data?.find((integration) => integration.id === integrationId)?.display_name ?? integrationId;

  return (
    <QueryDetail query={query} backHref="/orders" labels={labels}>
      {(order) => (
        <>
          <PageHeader
            title={t("title", { number: order.remoteOrderNumber })}
            description={`${marketplaceName(order.integrationId)} · ${t("package", { id: order.packageId })}`}
            actions={<OrderStatusBadge status={order.status} />}
          />
          <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
            <div className="space-y-6">
              <Card title={t("lines")}>
                <OrderLinesTable lines={order.lines} currency={order.currency} totalKurus={order.totalKurus} />
              </Card>
              <Card title={tOrderToCash("title")}>
                <OrderToCashTimeline orderId={order.id} canEdit={canEdit} />
              </Card>
            </div>
            <div className="space-y-6">
              <OrderPaymentsPanel orderId={order.id} />
              <Card title={t("customer")} className="pb-5">
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 px-6 text-sm">
                  <dt className="text-slate-500">{t("customerName")}</dt>
                  <dd>{order.customerName || "—"}</dd>
                  <dt className="text-slate-500">{t("customerEmail")}</dt>
                  <dd className="break-all">{order.customerEmail || "—"}</dd>
                  <dt className="text-slate-500">{t("orderedAt")}</dt>
                  <dd>
                    <DateTime value={order.orderedAt} />
                  </dd>
                  <dt className="text-slate-500">{t("updatedAt")}</dt>
                  <dd>
                    <DateTime value={order.remoteUpdatedAt} />
                  </dd>
                </dl>
              </Card>
              <Card title={t("address")} className="pb-5">
                <div className="px-6">
                  <OrderAddress address={order.shippingAddress} />
                </div>
              </Card>
              {operations.packageSteps && (
                <Card title={tMarketplace("package.title")}>
                  <PackageActions orderId={order.id} canEdit={canEdit} />
                </Card>
              )}
              {operations.claims && (
                <Card title={tMarketplace("claims.title")}>
                  <OrderClaims
                    orderId={order.id}
                    canEdit={canEdit}
                    showAutoAccept={order.integrationId === "trendyol"}
                  />
                </Card>
              )}
            </div>
          </div>
          <JsonBlock value={order.raw} summary={t("raw")} testId="order-raw" />
        </>
      )}
    </QueryDetail>
  );
}
