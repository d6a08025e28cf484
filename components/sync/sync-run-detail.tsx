"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { PageHeader } from "@/components/ui/page-header";
import { QueryDetail } from "@/components/ui/query-detail";
import { RetryRunActions } from "./retry-run-actions";
import { SyncItemTable } from "./sync-item-table";
import { syncRunQuery } from "./sync-queries";
import { SyncRunFacts } from "./sync-run-facts";
import { SyncRunProgress } from "./sync-run-progress";
import { isRunActive } from "./sync-types";

/** /logs/syncs/[runId]: summary, counters, error, items and retries; polls every second while the run is active. */
export function SyncRunDetail({ runId, canEdit }: { runId: number; canEdit: boolean }) {
  const t = useTranslations("syncUi.detail");
  const integrations = useQuery(integrationsQuery());
  const query = useQuery({
    ...syncRunQuery(runId),
    refetchInterval: (current) => (current.state.data && !isRunActive(current.state.data.status) ? false : 1_000),
  });
  const labels = { back: t("back"), notFound: t("notFound"), loadFailed: t("loadFailed"), retry: t("retry") };
  const integrationName = (integrationId: string) =>
    integrations.data?.find((integration) => integration.id === integrationId)?.display_name ?? integrationId;

  return (
    <QueryDetail query={query} backHref="/logs/syncs" labels={labels}>
      {(run) => (
        <>
          <PageHeader
            title={t("title", { id: run.id })}
            description={integrationName(run.integrationId)}
            actions={<RetryRunActions run={run} canEdit={canEdit} />}
          />
          <section
            aria-label={t("summary")}
            className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
          >
            <SyncRunProgress run={run} />
            <SyncRunFacts run={run} integrationName={integrationName(run.integrationId)} />
          </section>
          <SyncItemTable runId={run.id} isLive={isRunActive(run.status)} integrationId={run.integrationId} />
        </>
      )}
    </QueryDetail>
  );
}
