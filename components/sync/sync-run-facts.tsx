import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DateTime } from "./date-time";
import type { SyncRun } from "./sync-types";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Who and what the run is: integration, trigger, attempts, timings and the run it retried. */
export function SyncRunFacts({ run, integrationName }: { run: SyncRun; integrationName: string }) {
  const t = useTranslations("syncUi");
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
      <Fact label={t("columns.integration")}>
        <Link href={`/integrations/${run.integrationId}`} className="text-indigo-700 hover:underline">
          {integrationName}
        </Link>
      </Fact>
      <Fact label={t("columns.trigger")}>{t(`trigger.${run.trigger}`)}</Fact>
      <Fact label={t("detail.attempts")}>{run.attempts}</Fact>
      <Fact label={t("columns.createdAt")}>
        <DateTime value={run.createdAt} withSeconds />
      </Fact>
      <Fact label={t("detail.startedAt")}>
        <DateTime value={run.startedAt} withSeconds />
      </Fact>
      <Fact label={t("detail.finishedAt")}>
        <DateTime value={run.finishedAt} withSeconds />
      </Fact>
      {run.retryOfRunId !== null && (
        <Fact label={t("detail.retryOf")}>
          <Link href={`/logs/syncs/${run.retryOfRunId}`} className="text-indigo-700 hover:underline">
            #{run.retryOfRunId}
          </Link>
        </Fact>
      )}
    </dl>
  );
}
