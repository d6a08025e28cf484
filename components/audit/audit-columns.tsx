"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ListColumn } from "@/components/ui/list/list-types";
import type { AuditItem } from "./audit-queries";

/** The audit log's columns; a phone card shows the action, when and who. */
export function useAuditColumns(): ListColumn<AuditItem>[] {
  const t = useTranslations("audit");
  const format = useFormatter();
  const details = (item: AuditItem) =>
    item.details && Object.keys(item.details).length > 0 ? JSON.stringify(item.details) : null;
  return [
    {
      id: "time",
      header: t("columns.time"),
      card: "key",
      className: "whitespace-nowrap text-xs",
      cell: (item) => (
        <time dateTime={item.createdAt}>
          {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      ),
    },
    {
      id: "actor",
      header: t("columns.actor"),
      card: "key",
      className: "text-xs",
      cell: (item) => item.actorEmail ?? t("system"),
    },
    {
      id: "action",
      header: t("columns.action"),
      card: "title",
      cell: (item) => {
        const actionKey = `actions.${item.action.replace(".", "_")}`;
        return (
          <>
            <div className="text-sm text-slate-900">{t.has(actionKey) ? t(actionKey) : item.action}</div>
            <code className="font-mono text-[11px] text-slate-500">{item.action}</code>
          </>
        );
      },
    },
    {
      id: "target",
      header: t("columns.target"),
      className: "text-xs",
      cell: (item) => (item.targetType ? `${item.targetType}:${item.targetId ?? ""}` : "—"),
    },
    { id: "ip", header: t("columns.ip"), className: "font-mono text-xs", cell: (item) => item.ip ?? "—" },
    {
      id: "details",
      header: t("columns.details"),
      className: "max-w-xs truncate font-mono text-[11px] text-slate-500",
      cell: (item) => <span title={details(item) ?? undefined}>{details(item) ?? "—"}</span>,
    },
  ];
}
