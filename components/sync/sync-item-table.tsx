"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { DateTime } from "./date-time";
import { ListFooter } from "@/components/ui/list/list-footer";
import { syncItemsQuery } from "./sync-queries";
import type { SyncItemResult } from "./sync-types";

const TONES = { succeeded: "success", failed: "danger", skipped: "neutral" } as const;

/** A run's items (SKUs or orders) with the marketplace's message; a toggle narrows to failures. Live while the run is. */
export function SyncItemTable({ runId, isLive }: { runId: number; isLive: boolean }) {
  const t = useTranslations("syncUi.items");
  const [result, setResult] = useState<SyncItemResult | undefined>(undefined);
  const toggleId = useId();
  const items = useInfiniteQuery({
    ...syncItemsQuery(runId, result),
    placeholderData: keepPreviousData,
    refetchInterval: isLive ? 1_000 : false,
  });
  const rows = items.data?.pages.flatMap((page) => page.items) ?? [];
  const wasLive = useRef(isLive);
  const { refetch } = items;

  // The last poll may predate the run's final items: read them once more when it finishes.
  useEffect(() => {
    if (wasLive.current && !isLive) void refetch();
    wasLive.current = isLive;
  }, [isLive, refetch]);

  return (
    <section aria-labelledby={`${toggleId}-title`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={`${toggleId}-title`} className="text-base font-semibold text-slate-900">
          {t("title")}
        </h2>
        <label htmlFor={toggleId} className="inline-flex cursor-pointer items-center gap-2 text-sm text-slate-700">
          <input
            id={toggleId}
            type="checkbox"
            checked={result === "failed"}
            onChange={(event) => setResult(event.target.checked ? "failed" : undefined)}
            className="size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
          />
          {t("failedOnly")}
        </label>
      </div>
      {items.isPending ? (
        <TableSkeleton rows={4} />
      ) : rows.length === 0 ? (
        <EmptyState title={result === "failed" ? t("noFailures") : isLive ? t("waiting") : t("empty")} />
      ) : (
        <>
          <div className={items.isPlaceholderData ? "opacity-60 transition-opacity" : ""}>
            <Table caption={t("title")}>
              <thead>
                <tr>
                  <Th>{t("ref")}</Th>
                  <Th>{t("action")}</Th>
                  <Th>{t("result")}</Th>
                  <Th>{t("message")}</Th>
                  <Th>{t("at")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((item) => (
                  <tr key={item.id} data-testid={`sync-item-${item.ref}`} data-result={item.result}>
                    <Td className="font-mono text-xs">{item.ref}</Td>
                    <Td>{t.has(`actions.${item.action}`) ? t(`actions.${item.action}`) : item.action}</Td>
                    <Td>
                      <Badge tone={TONES[item.result]}>{t(`results.${item.result}`)}</Badge>
                    </Td>
                    <Td className="max-w-xl text-sm">{item.message ?? <span className="text-slate-400">—</span>}</Td>
                    <Td>
                      <DateTime value={item.createdAt} withSeconds />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          <ListFooter
            shown={rows.length}
            hasMore={items.hasNextPage}
            isLoadingMore={items.isFetchingNextPage}
            onLoadMore={() => void items.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
