"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/sync/date-time";
import type { ListColumn } from "@/components/ui/list/list-types";
import { TestEventBadge } from "./test-event-badge";
import { WebhookStatusBadge } from "./webhook-status-badge";
import type { WebhookEvent } from "./webhook-types";

/** The webhook log's columns; a phone card shows the time, provider, type and status. */
export function useWebhookColumns(names: Record<string, string>): ListColumn<WebhookEvent>[] {
  const t = useTranslations("webhookUi");
  return [
    {
      id: "time",
      header: t("columns.time"),
      card: "title",
      cell: (event) => (
        <Link
          href={`/logs/webhooks/${event.id}`}
          className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <DateTime value={event.receivedAt} withSeconds />
        </Link>
      ),
    },
    {
      id: "provider",
      header: t("columns.provider"),
      card: "key",
      cell: (event) => names[event.provider] ?? event.provider,
    },
    {
      id: "type",
      header: t("columns.type"),
      card: "key",
      cell: (event) => (
        <span className="inline-flex flex-wrap items-center gap-2">
          <span className="break-all font-mono text-xs">{event.eventType ?? "—"}</span>
          {event.isTest && <TestEventBadge />}
        </span>
      ),
    },
    {
      id: "status",
      header: t("columns.status"),
      card: "key",
      cell: (event) => (
        <span title={event.lastError ?? event.rejectionReason ?? undefined}>
          <WebhookStatusBadge status={event.status} />
        </span>
      ),
    },
    { id: "attempts", header: t("columns.attempts"), align: "right", cell: (event) => event.attempts },
    {
      id: "latency",
      header: t("columns.latency"),
      align: "right",
      cell: (event) => (event.processingMs === null ? "—" : t("ms", { ms: event.processingMs })),
    },
  ];
}
