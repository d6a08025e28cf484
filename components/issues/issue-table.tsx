import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { IssueView } from "@/lib/issues/list-issues";
import { IssueStatusBadge } from "./issue-status-badge";

export function IssueTable({ issues, names }: { issues: IssueView[]; names: Record<string, string> }) {
  const t = useTranslations("issues");
  const format = useFormatter();
  return (
    <Table caption={t("title")}>
      <thead>
        <tr>
          <Th>{t("columns.integration")}</Th>
          <Th>{t("columns.what")}</Th>
          <Th className="text-right">{t("columns.count")}</Th>
          <Th>{t("columns.lastSeen")}</Th>
          <Th>{t("columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {issues.map((issue) => (
          <tr key={issue.id} data-testid={`issue-row-${issue.id}`} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900">{names[issue.integration] ?? issue.integration}</Td>
            <Td className="max-w-xl">
              <Link href={`/issues/${issue.id}`} className="font-medium text-indigo-700 hover:text-indigo-500">
                {t(`kind.${issue.kind}` as "kind.sync_run")} · {issue.operation}
              </Link>
              <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{issue.message}</p>
            </Td>
            <Td className="text-right tabular-nums" data-testid="issue-count">
              {format.number(issue.count)}
            </Td>
            <Td>
              <time dateTime={issue.last_seen_at}>
                {format.dateTime(new Date(issue.last_seen_at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </Td>
            <Td>
              <IssueStatusBadge status={issue.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
