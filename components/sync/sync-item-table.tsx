"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { ProviderSaid, useKeyedText } from "@/components/i18n/keyed-text";
import { Badge } from "@/components/ui/badge";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import type { ListColumn } from "@/components/ui/list/list-types";
import { ListView } from "@/components/ui/list/list-view";
import { DateTime } from "./date-time";
import { syncItemsQuery } from "./sync-queries";
import type { SyncItem, SyncItemResult } from "./sync-types";

const TONES = { succeeded: "success", failed: "danger", skipped: "neutral" } as const;

/** A run's items (SKUs or orders) with the marketplace's message; a toggle narrows to failures. Live while the run is. */
export function SyncItemTable({
  runId,
  isLive,
  integrationId,
}: {
  runId: number;
  isLive: boolean;
  integrationId?: string;
}) {
  const t = useTranslations("syncUi.items");
  const keyed = useKeyedText();
  const [result, setResult] = useState<SyncItemResult | undefined>(undefined);
  const toggleId = useId();
  const items = useInfiniteQuery({
    ...syncItemsQuery(runId, result),
    placeholderData: keepPreviousData,
    refetchInterval: isLive ? 1_000 : false,
  });
  const columns: ListColumn<SyncItem>[] = [
    { id: "ref", header: t("ref"), card: "title", className: "font-mono text-xs", cell: (item) => item.ref },
    {
      id: "action",
      header: t("action"),
      cell: (item) => (t.has(`actions.${item.action}`) ? t(`actions.${item.action}`) : item.action),
    },
    {
      id: "result",
      header: t("result"),
      card: "key",
      cell: (item) => <Badge tone={TONES[item.result]}>{t(`results.${item.result}`)}</Badge>,
    },
    {
      id: "message",
      header: t("message"),
      card: "key",
      className: "max-w-xl text-sm",
      cell: (item) => (
        <>
          {item.message || item.messageKey ? (
            keyed(item.messageKey, item.messageParams, item.message)
          ) : item.providerMessage ? null : (
            <span className="text-slate-500">—</span>
          )}
          {integrationId && <ProviderSaid provider={integrationId} message={item.providerMessage} />}
        </>
      ),
    },
    { id: "at", header: t("at"), cell: (item) => <DateTime value={item.createdAt} withSeconds /> },
  ];
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
      <ListView
        caption={t("title")}
        source={fromInfiniteQuery(items)}
        columns={columns}
        rowKey={(item) => String(item.id)}
        rowProps={(item) => ({ "data-testid": `sync-item-${item.ref}`, "data-result": item.result })}
        skeletonRows={4}
        empty={{
          title: result === "failed" ? t("noFailures") : isLive ? t("waiting") : t("empty"),
          description: isLive ? t("liveHint") : t("emptyHint"),
        }}
      />
    </section>
  );
}
