import { useFormatter, useTranslations } from "next-intl";
import type { IntegrationView } from "@/lib/integrations/integration-view";

type LastSyncProps = Pick<IntegrationView, "latest_run" | "next_sync_at" | "available_sync_kinds">;

/**
 * The latest finished run's result ("last sync succeeded" only when it did) with its time and kind, and when the next
 * scheduled run is due. Nothing about schedules for a provider without syncs.
 */
export function LastSync({ latest_run: run, next_sync_at, available_sync_kinds }: LastSyncProps) {
  const t = useTranslations("integrations.lastSync");
  const tKinds = useTranslations("syncKinds");
  const format = useFormatter();
  if (available_sync_kinds.length === 0) return <span />;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const result = !run
    ? null
    : run.status === "failed"
      ? { text: t("failed"), className: "font-medium text-red-600" }
      : run.status === "cancelled"
        ? { text: t("cancelled"), className: "font-medium text-slate-700" }
        : run.failed > 0
          ? { text: t("withErrors", { failed: run.failed }), className: "font-medium text-amber-700" }
          : { text: t("succeeded"), className: "font-medium text-emerald-700" };
  return (
    <div className="space-y-0.5 text-xs text-slate-600" data-testid="last-sync">
      {run && result ? (
        <p data-status={run.status} data-failed={run.failed}>
          <span className={result.className}>{result.text}</span>
          {run.finished_at && (
            <>
              {" · "}
              <time dateTime={run.finished_at}>
                {t("kindAt", {
                  kind: tKinds.has(run.kind) ? tKinds(run.kind) : run.kind,
                  when: when(run.finished_at),
                })}
              </time>
            </>
          )}
        </p>
      ) : (
        <p className="text-slate-500">{t("never")}</p>
      )}
      {next_sync_at && (
        <p data-testid="next-sync">
          {t("next", { when: format.dateTime(new Date(next_sync_at), { timeStyle: "short" }) })}
        </p>
      )}
    </div>
  );
}
