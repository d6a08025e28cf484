import Link from "next/link";
import { useTranslations } from "next-intl";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { StatusLight } from "@/components/dashboard/status-light";
import type { HealthStatus } from "@/lib/health/integration-health";
import { IntegrationStatusBadge } from "./integration-status-badge";
import { LastSync } from "./last-sync";

export type IntegrationHealthSummary = { status: HealthStatus; openIssues: number };

export function IntegrationCard({
  integration,
  health,
}: {
  integration: IntegrationView;
  health?: IntegrationHealthSummary;
}) {
  const t = useTranslations("integrations");
  const tIssues = useTranslations("issues");
  return (
    <Link
      href={`/integrations/${integration.id}`}
      data-testid={`integration-card-${integration.id}`}
      className="group flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-base font-semibold text-slate-900">{integration.display_name}</h3>
          <p className="mt-0.5 text-xs text-slate-500">{t(`descriptions.${integration.provider}`)}</p>
        </div>
        <IntegrationStatusBadge status={integration.status} />
      </div>
      {health && integration.is_active && (
        <div className="mt-3 flex flex-wrap items-center gap-3" data-testid={`integration-health-${integration.id}`}>
          <StatusLight status={health.status} />
          <span className={`text-xs ${health.openIssues > 0 ? "font-medium text-red-700" : "text-slate-500"}`}>
            {tIssues("openCount", { count: health.openIssues })}
          </span>
        </div>
      )}
      <div className="mt-4 flex flex-1 items-end justify-between gap-3">
        <LastSync {...integration} />
        <span className="text-sm font-medium text-indigo-600 group-hover:text-indigo-500">
          {t(integration.is_configured ? "manage" : "configure")}
          <span aria-hidden="true"> →</span>
        </span>
      </div>
    </Link>
  );
}
