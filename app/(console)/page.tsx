import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { IntegrationStatusTable } from "@/components/dashboard/integration-status-table";
import { MoneyInToday } from "@/components/dashboard/money-in-today";
import { OrdersTodayChart } from "@/components/dashboard/orders-today-chart";
import { PanelCard } from "@/components/integrations/panel-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { loadDashboardForPage } from "@/lib/dashboard/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  await connection();
  const t = await getTranslations("dashboard");
  const dashboard = await loadDashboardForPage();
  if (dashboard.integrations.length === 0)
    return (
      <>
        <PageHeader title={t("title")} description={t("subtitle")} />
        <EmptyState
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={
            <Link
              href="/integrations"
              className="inline-flex h-10 items-center rounded-md bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-500"
            >
              {t("emptyAction")}
            </Link>
          }
        />
      </>
    );
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <Link href="/issues" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
            {t("openIssues")}: <span data-testid="dashboard-open-issues">{dashboard.open_issues}</span> ·{" "}
            {t("viewIssues")} →
          </Link>
        }
      />
      <IntegrationStatusTable integrations={dashboard.integrations} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <PanelCard title={t("ordersToday")}>
            <OrdersTodayChart rows={dashboard.orders_today} />
          </PanelCard>
        </div>
        <PanelCard title={t("moneyIn")}>
          <MoneyInToday
            ordersKurus={dashboard.money_in_today.orders_kurus}
            paymentsKurus={dashboard.money_in_today.payments_kurus}
          />
        </PanelCard>
      </div>
    </div>
  );
}
