"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromRows } from "@/components/ui/list/list-source";
import type { ListColumn } from "@/components/ui/list/list-types";
import { ListView } from "@/components/ui/list/list-view";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { ISSUE_KINDS } from "@/lib/issues/issue-kinds";
import { ISSUE_STATUSES, type IssueView } from "@/lib/issues/list-issues";
import { IssueStatusBadge } from "./issue-status-badge";

const ISSUE_FILTER_KEYS = ["status", "integration", "kind"] as const;

type IssueListProps = {
  issues: IssueView[];
  names: Record<string, string>;
  integrations: { id: string; name: string }[];
};

/** /issues: the server loads the issues for the URL's filters; a filter change navigates, so the page reloads them. */
export function IssueList({ issues, names, integrations }: IssueListProps) {
  const t = useTranslations("issues");
  const format = useFormatter();
  const filters = useUrlFilters(ISSUE_FILTER_KEYS, { isServerRendered: true });
  const columns: ListColumn<IssueView>[] = [
    {
      id: "integration",
      header: t("columns.integration"),
      card: "key",
      className: "font-medium text-slate-900",
      cell: (issue) => names[issue.integration] ?? issue.integration,
    },
    {
      id: "what",
      header: t("columns.what"),
      card: "title",
      className: "max-w-xl",
      cell: (issue) => (
        <>
          <Link href={`/issues/${issue.id}`} className="font-medium text-indigo-700 hover:text-indigo-500">
            {t(`kind.${issue.kind}` as "kind.sync_run")} · {issue.operation}
          </Link>
          <p className="mt-0.5 line-clamp-2 text-xs font-normal text-slate-600">{issue.message}</p>
        </>
      ),
    },
    {
      id: "count",
      header: t("columns.count"),
      align: "right",
      card: "key",
      cell: (issue) => <span data-testid="issue-count">{format.number(issue.count)}</span>,
    },
    {
      id: "lastSeen",
      header: t("columns.lastSeen"),
      cell: (issue) => (
        <time dateTime={issue.last_seen_at}>
          {format.dateTime(new Date(issue.last_seen_at), { dateStyle: "medium", timeStyle: "short" })}
        </time>
      ),
    },
    {
      id: "status",
      header: t("columns.status"),
      card: "key",
      cell: (issue) => <IssueStatusBadge status={issue.status} />,
    },
  ];

  return (
    <>
      <ListFilters
        label={t("filters.label")}
        value={filters.value}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          {
            kind: "select",
            key: "status",
            label: t("filters.status"),
            // No status in the URL is the default view: what still needs attention.
            anyLabel: t("filters.active"),
            options: [
              ...ISSUE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
              { value: "all", label: t("filters.all") },
            ],
          },
          {
            kind: "select",
            key: "integration",
            label: t("filters.integration"),
            anyLabel: t("filters.all"),
            options: integrations.map((integration) => ({ value: integration.id, label: integration.name })),
          },
          {
            kind: "select",
            key: "kind",
            label: t("filters.kind"),
            anyLabel: t("filters.all"),
            options: ISSUE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
          },
        ]}
      />
      <ListView
        caption={t("title")}
        source={fromRows(issues)}
        columns={columns}
        rowKey={(issue) => String(issue.id)}
        rowProps={(issue) => ({ "data-testid": `issue-row-${issue.id}` })}
        empty={{ title: t("empty"), description: t("emptyHint") }}
        filtered={
          Object.keys(filters.value).length > 0
            ? { title: t("emptyFiltered"), onClear: () => filters.reset() }
            : undefined
        }
      />
    </>
  );
}
