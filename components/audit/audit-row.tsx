"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Td } from "@/components/ui/table";
import type { AuditItem } from "./audit-queries";
import { auditSentence, type AuditTranslate } from "./audit-sentence";

export function AuditRow({ item }: { item: AuditItem }) {
  const t = useTranslations("audit");
  const tRoot = useTranslations() as unknown as AuditTranslate;
  const format = useFormatter();
  const money = (kurus: number) => format.number(kurus / 100, { style: "currency", currency: "TRY" });
  const details = item.details && Object.keys(item.details).length > 0 ? JSON.stringify(item.details, null, 2) : null;
  return (
    <tr data-testid="audit-row" data-action={item.action}>
      <Td className="whitespace-nowrap text-xs">
        <time dateTime={item.createdAt}>
          {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      </Td>
      <Td className="text-xs">{item.actorName || item.actorEmail || t("system")}</Td>
      <Td>
        <div className="text-sm text-slate-900" data-testid="audit-sentence">
          {auditSentence(item, tRoot, money)}
        </div>
      </Td>
      <Td className="text-xs">{item.targetType ? `${item.targetType}:${item.targetId ?? ""}` : "—"}</Td>
      <Td className="font-mono text-xs">{item.ip ?? "—"}</Td>
      <Td className="max-w-xs text-xs">
        {details ? (
          <details>
            <summary className="cursor-pointer text-indigo-700">{t("showDetails")}</summary>
            <code className="mt-1 block font-mono text-[11px] text-slate-500">{item.action}</code>
            <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all font-mono text-[11px] text-slate-600">
              {details}
            </pre>
          </details>
        ) : (
          <code className="font-mono text-[11px] text-slate-500">{item.action}</code>
        )}
      </Td>
    </tr>
  );
}
