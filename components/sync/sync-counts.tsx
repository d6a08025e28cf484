import { useTranslations } from "next-intl";
import type { SyncRun } from "./sync-types";

const COUNTERS = ["seen", "created", "updated", "skipped", "failed"] as const;

/** The run's counters; "failed" turns red once anything failed. */
export function SyncCounts({ run }: { run: Pick<SyncRun, (typeof COUNTERS)[number] | "total"> }) {
  const t = useTranslations("syncUi.counts");
  return (
    <dl className="grid grid-cols-3 gap-2 text-center sm:grid-cols-6">
      <div className="rounded-md bg-slate-50 px-2 py-2">
        <dt className="text-xs text-slate-600">{t("total")}</dt>
        <dd className="text-lg font-semibold tabular-nums" data-testid="sync-count-total">
          {run.total ?? "—"}
        </dd>
      </div>
      {COUNTERS.map((key) => (
        <div
          key={key}
          className={`rounded-md px-2 py-2 ${key === "failed" && run.failed > 0 ? "bg-red-50 text-red-700" : "bg-slate-50"}`}
        >
          <dt className="text-xs text-slate-600">{t(key)}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid={`sync-count-${key}`}>
            {run[key]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
