import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/sync/date-time";
import { Table, Td, Th } from "@/components/ui/table";
import { TestEventBadge } from "./test-event-badge";
import { WebhookStatusBadge } from "./webhook-status-badge";
import type { WebhookEvent } from "./webhook-types";

export function WebhookEventTable({ events, names }: { events: WebhookEvent[]; names: Record<string, string> }) {
  const t = useTranslations("webhookUi");
  return (
    <Table caption={t("list.caption")}>
      <thead>
        <tr>
          <Th>{t("columns.time")}</Th>
          <Th>{t("columns.provider")}</Th>
          <Th>{t("columns.type")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th className="text-right">{t("columns.attempts")}</Th>
          <Th className="text-right">{t("columns.latency")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((event) => (
          <tr
            key={event.id}
            data-testid={`webhook-row-${event.id}`}
            data-status={event.status}
            className="hover:bg-slate-50"
          >
            <Td>
              <Link
                href={`/logs/webhooks/${event.id}`}
                className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <DateTime value={event.receivedAt} withSeconds />
              </Link>
            </Td>
            <Td>{names[event.provider] ?? event.provider}</Td>
            <Td>
              <span className="inline-flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs">{event.eventType ?? "—"}</span>
                {event.isTest && <TestEventBadge />}
              </span>
            </Td>
            <Td>
              <span title={event.lastError ?? event.rejectionReason ?? undefined}>
                <WebhookStatusBadge status={event.status} />
              </span>
            </Td>
            <Td className="text-right tabular-nums">{event.attempts}</Td>
            <Td className="text-right tabular-nums">
              {event.processingMs === null ? "—" : t("ms", { ms: event.processingMs })}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
