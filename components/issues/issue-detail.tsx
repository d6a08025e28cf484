import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import type { IssueDetail } from "@/lib/issues/get-issue";
import { IssueActions } from "./issue-actions";
import { IssueStatusBadge } from "./issue-status-badge";

export function IssueDetailView({
  issue,
  integrationName,
  canEdit,
}: {
  issue: IssueDetail;
  integrationName: string;
  canEdit: boolean;
}) {
  const t = useTranslations("issues");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const facts: [string, React.ReactNode][] = [
    [t("detail.status"), <IssueStatusBadge key="status" status={issue.status} />],
    [
      t("detail.count"),
      <span key="count" data-testid="issue-detail-count">
        {format.number(issue.count)}
      </span>,
    ],
    [t("detail.firstSeen"), when(issue.first_seen_at)],
    [t("detail.lastSeen"), when(issue.last_seen_at)],
  ];
  return (
    <div className="space-y-6">
      <BackLink href="/issues">{t("detail.back")}</BackLink>
      <PageHeader
        title={`${integrationName}: ${t(`kind.${issue.kind}` as "kind.sync_run")} · ${issue.operation}`}
        description={issue.message}
      />
      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="mt-1 text-sm text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">
        {issue.status === "acknowledged" &&
          issue.acknowledged_by &&
          t("detail.acknowledgedBy", { who: issue.acknowledged_by })}
        {issue.status === "resolved" &&
          (issue.resolved_by === "auto"
            ? t("detail.resolvedAuto")
            : t("detail.resolvedBy", { who: issue.resolved_by ?? "–" }))}
        {issue.status === "muted" && issue.muted_until && t("detail.mutedUntil", { when: when(issue.muted_until) })}
      </p>
      {canEdit && <IssueActions issue={issue} />}
      <section aria-labelledby="issue-samples">
        <h2 id="issue-samples" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
          {t("detail.samples")}
        </h2>
        {issue.samples.length === 0 ? (
          <p className="text-sm text-slate-600">{t("detail.noSamples")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
            {issue.samples.map((sample, index) => (
              <li key={index} className="px-4 py-3">
                <div className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
                  <time dateTime={sample.at}>{when(sample.at)}</time>
                  {sample.sync_run_id && (
                    <Link className="text-indigo-700 hover:underline" href={`/logs/syncs/${sample.sync_run_id}`}>
                      {t("detail.run", { id: sample.sync_run_id })}
                    </Link>
                  )}
                  {sample.webhook_event_id && (
                    <Link
                      className="text-indigo-700 hover:underline"
                      href={`/logs/webhooks/${sample.webhook_event_id}`}
                    >
                      {t("detail.event", { id: sample.webhook_event_id })}
                    </Link>
                  )}
                  {sample.ref && <code className="rounded bg-slate-100 px-1">{sample.ref}</code>}
                </div>
                <p className="mt-1 break-words text-slate-800">{sample.message}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-slate-500">
          {t("detail.signature")}: <code>{issue.signature}</code>
        </p>
      </section>
    </div>
  );
}
