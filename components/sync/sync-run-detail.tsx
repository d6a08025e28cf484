"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { RetryRunActions } from "./retry-run-actions";
import { SyncItemTable } from "./sync-item-table";
import { syncRunQuery } from "./sync-queries";
import { SyncRunFacts } from "./sync-run-facts";
import { SyncRunProgress } from "./sync-run-progress";
import { isRunActive } from "./sync-types";

/** /logs/syncs/[runId]: summary, counters, error, items and retries; polls every second while the run is active. */
export function SyncRunDetail({ runId, canEdit }: { runId: number; canEdit: boolean }) {
  const t = useTranslations("syncUi.detail");
  const toErrorMessage = useApiErrorMessage();
  const integrations = useQuery(integrationsQuery());
  const query = useQuery({
    ...syncRunQuery(runId),
    refetchInterval: (current) => (current.state.data && !isRunActive(current.state.data.status) ? false : 1_000),
  });
  const back = (
    <Link href="/logs/syncs" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
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

  const run = query.data;
  const integrationName = integrations.data?.find((integration) => integration.id === run.integrationId)?.display_name ?? run.integrationId;
  return (
    <div className="space-y-6">
      {back}
      <PageHeader title={t("title", { id: run.id })} description={integrationName} actions={<RetryRunActions run={run} canEdit={canEdit} />} />
      <section aria-label={t("summary")} className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SyncRunProgress run={run} />
        <SyncRunFacts run={run} integrationName={integrationName} />
      </section>
      <SyncItemTable runId={run.id} isLive={isRunActive(run.status)} />
    </div>
  );
}
