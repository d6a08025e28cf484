import { useTranslations } from "next-intl";
import { useKeyedText } from "@/components/i18n/keyed-text";
import { ProgressBar } from "./progress-bar";
import { SyncCounts } from "./sync-counts";
import { SyncStatusBadge } from "./sync-status-badge";
import { isRunActive, type SyncRun } from "./sync-types";

/** Status, counters and a seen/total bar (indeterminate until the run knows its total); full once the run is over. */
export function SyncRunProgress({ run }: { run: SyncRun }) {
  const t = useTranslations("syncUi.progress");
  const tKinds = useTranslations("syncKinds");
  const keyed = useKeyedText();
  const isActive = isRunActive(run.status);
  const max = isActive ? run.total : Math.max(run.total ?? 0, run.seen);
  const valueText = isActive
    ? run.total === null
      ? run.seen > 0
        ? t("ofUnknown", { seen: run.seen })
        : t(run.status === "queued" ? "queued" : "starting")
      : t("of", { seen: run.seen, total: run.total })
    : run.failed > 0
      ? t("failedBar", { seen: run.seen, failed: run.failed })
      : t("done", { seen: run.seen });
  const tone = run.status === "failed" ? "failed" : run.failed > 0 ? "warning" : "normal";
  return (
    <div className="space-y-3" data-testid="sync-run-progress" data-run-id={run.id} data-status={run.status}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <SyncStatusBadge status={run.status} failedItems={run.failed} />
        <span className="font-medium text-slate-900">{tKinds.has(run.kind) ? tKinds(run.kind) : run.kind}</span>
        <span className="text-slate-500">#{run.id}</span>
      </div>
      <ProgressBar
        value={isActive ? run.seen : (max ?? 0)}
        max={max}
        label={t("label")}
        valueText={valueText}
        testId="sync-progress"
        tone={tone}
      />
      <p className="text-sm tabular-nums text-slate-600" aria-live="polite">
        {valueText}
      </p>
      <SyncCounts run={run} />
      {run.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          <span className="font-semibold">{t(run.status === "failed" ? "error" : "lastAttemptError")}: </span>
          {keyed(run.errorKey, run.errorParams, run.error)}
        </p>
      )}
    </div>
  );
}
