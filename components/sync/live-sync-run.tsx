"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Spinner } from "@/components/ui/spinner";
import { syncRunQuery } from "./sync-queries";
import { SyncRunProgress } from "./sync-run-progress";
import { isRunActive } from "./sync-types";

/** Follows one run, polling every second while it is queued or running, with a link to its detail page. */
export function LiveSyncRun({ runId, integrationId }: { runId: number; integrationId: string }) {
  const t = useTranslations("syncUi.syncNow");
  const queryClient = useQueryClient();
  const run = useQuery({
    ...syncRunQuery(runId),
    refetchInterval: (query) => (query.state.data && !isRunActive(query.state.data.status) ? false : 1_000),
  });
  const isFinished = run.data !== undefined && !isRunActive(run.data.status);

  // The integration's "last sync" and the logs follow the run once it is over.
  useEffect(() => {
    if (!isFinished) return;
    void queryClient.invalidateQueries({ queryKey: ["integrations"] });
    void queryClient.invalidateQueries({ queryKey: ["sync-runs", "list"] });
  }, [isFinished, integrationId, queryClient]);

  return (
    <div className="mt-4 space-y-3 rounded-md border border-slate-200 p-4">
      {run.data ? (
        <SyncRunProgress run={run.data} />
      ) : (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner /> {t("loading")}
        </p>
      )}
      <Link
        href={`/logs/syncs/${runId}`}
        className="inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500"
        data-testid="sync-run-link"
      >
        {t("details", { id: runId })}
        <span aria-hidden="true"> →</span>
      </Link>
    </div>
  );
}
