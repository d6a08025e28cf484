"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ListColumn } from "@/components/ui/list/list-types";
import { DateTime } from "./date-time";
import { SyncStatusBadge } from "./sync-status-badge";
import { isRunActive, type SyncRun } from "./sync-types";

function duration(run: SyncRun): number | null {
  if (!run.startedAt) return null;
  const end = run.finishedAt ? new Date(run.finishedAt).getTime() : Date.now();
  return Math.max(0, Math.round((end - new Date(run.startedAt).getTime()) / 1000));
}

/** The sync log's columns; a phone card shows the run, integration, kind, status and items. */
export function useSyncRunColumns(names: Record<string, string>): ListColumn<SyncRun>[] {
  const t = useTranslations("syncUi");
  const tKinds = useTranslations("syncKinds");
  return [
    {
      id: "run",
      header: t("columns.run"),
      card: "title",
      cell: (run) => (
        <Link
          href={`/logs/syncs/${run.id}`}
          className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          #{run.id}
        </Link>
      ),
    },
    { id: "createdAt", header: t("columns.createdAt"), cell: (run) => <DateTime value={run.createdAt} /> },
    {
      id: "integration",
      header: t("columns.integration"),
      card: "key",
      cell: (run) => names[run.integrationId] ?? run.integrationId,
    },
    {
      id: "kind",
      header: t("columns.kind"),
      card: "key",
      cell: (run) => (tKinds.has(run.kind) ? tKinds(run.kind) : run.kind),
    },
    { id: "trigger", header: t("columns.trigger"), cell: (run) => t(`trigger.${run.trigger}`) },
    {
      id: "status",
      header: t("columns.status"),
      card: "key",
      cell: (run) => <SyncStatusBadge status={run.status} failedItems={run.failed} />,
    },
    {
      id: "items",
      header: t("columns.items"),
      align: "right",
      card: "key",
      className: "whitespace-nowrap",
      cell: (run) =>
        run.total === null && isRunActive(run.status)
          ? t("itemsCellUnknown", { seen: run.seen, failed: run.failed })
          : t("itemsCell", { seen: run.seen, total: Math.max(run.total ?? 0, run.seen), failed: run.failed }),
    },
    {
      id: "duration",
      header: t("columns.duration"),
      align: "right",
      cell: (run) => {
        const seconds = duration(run);
        return seconds === null ? "—" : t("seconds", { seconds });
      },
    },
  ];
}
