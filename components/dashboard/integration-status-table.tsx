import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { DashboardIntegration } from "@/lib/dashboard/load-dashboard";
import { StatusLight } from "./status-light";
import { WebhookSparkline } from "./webhook-sparkline";

export function IntegrationStatusTable({ integrations }: { integrations: DashboardIntegration[] }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const when = (iso: string | null, empty: string) =>
    iso ? (
      <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" })}</time>
    ) : (
      <span className="text-slate-500">{empty}</span>
    );
  return (
    <Table caption={t("integrations")}>
      <thead>
        <tr>
          <Th>{t("columns.integration")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.lastSync")}</Th>
          <Th>{t("columns.nextSync")}</Th>
          <Th className="text-right">{t("columns.failedToday")}</Th>
          <Th>{t("columns.webhooks")}</Th>
          <Th className="text-right">{t("columns.issues")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {integrations.map((integration) => (
          <tr key={integration.id} data-testid={`dashboard-integration-${integration.id}`}>
            <Td className="font-medium text-slate-900">
              <Link href={`/integrations/${integration.id}`} className="hover:text-indigo-600">
                {integration.display_name}
              </Link>
            </Td>
            <Td>
              <StatusLight status={integration.status} />
            </Td>
            <Td>{when(integration.last_sync_at, t("never"))}</Td>
            <Td>{when(integration.next_sync_at, t("notScheduled"))}</Td>
            <Td className={`text-right tabular-nums ${integration.items_failed_today ? "text-red-700" : ""}`}>
              {format.number(integration.items_failed_today)}
            </Td>
            <Td>
              <WebhookSparkline series={integration.webhooks_24h} />
            </Td>
            <Td className="text-right">
              {integration.open_issues > 0 ? (
                <Link
                  href={`/issues?integration=${integration.id}`}
                  className="font-medium tabular-nums text-red-700 hover:underline"
                >
                  {format.number(integration.open_issues)}
                </Link>
              ) : (
                <span className="tabular-nums text-slate-500">0</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
