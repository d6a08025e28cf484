import { useFormatter, useTranslations } from "next-intl";
import type { IntegrationView } from "@/lib/integrations/integration-view";

const FAILED = /fail|error/i;
const SUCCEEDED = /succe|ok|done|complete/i;

type LastSyncProps = Pick<IntegrationView, "last_sync_at" | "last_sync_status" | "last_sync_error">;

/** "Last sync: succeeded · 3 Mar 14:05", or "never" for an integration that has not run yet. */
export function LastSync({ last_sync_at, last_sync_status, last_sync_error }: LastSyncProps) {
  const t = useTranslations("integrations.lastSync");
  const format = useFormatter();
  if (!last_sync_at) return <p className="text-xs text-slate-500">{t("never")}</p>;
  const status = last_sync_status ?? "";
  const result = FAILED.test(status) ? "failed" : SUCCEEDED.test(status) ? "succeeded" : "other";
  const when = format.dateTime(new Date(last_sync_at), { dateStyle: "medium", timeStyle: "short" });
  return (
    <p className="text-xs text-slate-600" title={last_sync_error ?? undefined}>
      <span
        className={
          result === "failed"
            ? "font-medium text-red-600"
            : result === "succeeded"
              ? "font-medium text-emerald-700"
              : ""
        }
      >
        {result === "other" ? status : t(result)}
      </span>
      {" · "}
      <time dateTime={last_sync_at}>{when}</time>
    </p>
  );
}
