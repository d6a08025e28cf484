"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ListColumn } from "@/components/ui/list/list-types";
import type { AuditItem } from "./audit-queries";
import { auditSentence, type AuditTranslate } from "./audit-sentence";

/** The audit log's columns; a phone card shows the action, when and who. */
export function useAuditColumns(): ListColumn<AuditItem>[] {
  const t = useTranslations("audit");
  const tRoot = useTranslations() as unknown as AuditTranslate;
  const format = useFormatter();
  const money = (kurus: number) => format.number(kurus / 100, { style: "currency", currency: "TRY" });
  const details = (item: AuditItem) =>
    item.details && Object.keys(item.details).length > 0 ? JSON.stringify(item.details, null, 2) : null;
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
      cell: (item) => item.actorName || item.actorEmail || t("system"),
    },
    {
      id: "action",
      header: t("columns.action"),
      card: "title",
      cell: (item) => (
        <div className="text-sm text-slate-900" data-testid="audit-sentence">
          {auditSentence(item, tRoot, money)}
        </div>
      ),
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
      className: "max-w-xs text-xs",
      cell: (item) => {
        const text = details(item);
        if (!text) return <code className="font-mono text-[11px] text-slate-500">{item.action}</code>;
        return (
          <details>
            <summary className="cursor-pointer text-indigo-700">{t("showDetails")}</summary>
            <code className="mt-1 block font-mono text-[11px] text-slate-500">{item.action}</code>
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all font-mono text-[11px] text-slate-600">
              {text}
            </pre>
          </details>
        );
      },
    },
  ];
}
