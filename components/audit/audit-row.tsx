"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Td } from "@/components/ui/table";
import type { AuditItem } from "./audit-queries";

export function AuditRow({ item }: { item: AuditItem }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const actionKey = `actions.${item.action.replace(".", "_")}`;
  const details = item.details && Object.keys(item.details).length > 0 ? JSON.stringify(item.details) : null;
  return (
    <tr>
      <Td className="whitespace-nowrap text-xs">
        <time dateTime={item.createdAt}>
          {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      </Td>
      <Td className="text-xs">{item.actorEmail ?? t("system")}</Td>
      <Td>
        <div className="text-sm text-slate-900">{t.has(actionKey) ? t(actionKey) : item.action}</div>
        <code className="font-mono text-[11px] text-slate-500">{item.action}</code>
      </Td>
      <Td className="text-xs">{item.targetType ? `${item.targetType}:${item.targetId ?? ""}` : "—"}</Td>
      <Td className="font-mono text-xs">{item.ip ?? "—"}</Td>
      <Td className="max-w-xs truncate font-mono text-[11px] text-slate-500" title={details ?? undefined}>
        {details ?? "—"}
      </Td>
    </tr>
  );
}
