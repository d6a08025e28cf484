import { useTranslations } from "next-intl";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { PROVIDER_KINDS } from "@/lib/providers/types";
import { EmptyState } from "@/components/ui/empty-state";
import { IntegrationCard, type IntegrationHealthSummary } from "./integration-card";

/** The providers grouped by kind (marketplace, payment, cargo, ERP), in catalogue order within each group. */
export function IntegrationGroups({
  integrations,
  health = {},
}: {
  integrations: IntegrationView[];
  health?: Record<string, IntegrationHealthSummary>;
}) {
  const t = useTranslations("integrations");
  if (integrations.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <div className="space-y-10">
      {PROVIDER_KINDS.map((kind) => {
        const inKind = integrations.filter((integration) => integration.kind === kind);
        if (inKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
              {t(`kinds.${kind}`)}
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {inKind.map((integration) => (
                <li key={integration.id}>
                  <IntegrationCard integration={integration} health={health[integration.id]} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
