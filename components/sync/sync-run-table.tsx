import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { DateTime } from "./date-time";
import { SyncStatusBadge } from "./sync-status-badge";
import { isRunActive, type SyncRun } from "./sync-types";

function duration(run: SyncRun): number | null {
  if (!run.startedAt) return null;
  const end = run.finishedAt ? new Date(run.finishedAt).getTime() : Date.now();
  return Math.max(0, Math.round((end - new Date(run.startedAt).getTime()) / 1000));
}

export function SyncRunTable({ runs, names }: { runs: SyncRun[]; names: Record<string, string> }) {
  const t = useTranslations("syncUi");
  const tKinds = useTranslations("syncKinds");
  return (
    <Table caption={t("list.caption")}>
      <thead>
        <tr>
          <Th>{t("columns.run")}</Th>
          <Th>{t("columns.createdAt")}</Th>
          <Th>{t("columns.integration")}</Th>
          <Th>{t("columns.kind")}</Th>
          <Th>{t("columns.trigger")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th className="text-right">{t("columns.items")}</Th>
          <Th className="text-right">{t("columns.duration")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {runs.map((run) => {
          const seconds = duration(run);
          return (
            <tr key={run.id} data-testid={`sync-run-row-${run.id}`} className="hover:bg-slate-50">
              <Td>
                <Link
                  href={`/logs/syncs/${run.id}`}
                  className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  #{run.id}
                </Link>
              </Td>
              <Td>
                <DateTime value={run.createdAt} />
              </Td>
              <Td>{names[run.integrationId] ?? run.integrationId}</Td>
              <Td>{tKinds.has(run.kind) ? tKinds(run.kind) : run.kind}</Td>
              <Td>{t(`trigger.${run.trigger}`)}</Td>
              <Td>
                <SyncStatusBadge status={run.status} failedItems={run.failed} />
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                {run.total === null && isRunActive(run.status)
                  ? t("itemsCellUnknown", { seen: run.seen, failed: run.failed })
                  : t("itemsCell", { seen: run.seen, total: Math.max(run.total ?? 0, run.seen), failed: run.failed })}
              </Td>
              <Td className="text-right tabular-nums">{seconds === null ? "—" : t("seconds", { seconds })}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
