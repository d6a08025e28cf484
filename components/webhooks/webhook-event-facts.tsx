import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DateTime } from "@/components/sync/date-time";
import type { WebhookEventDetail } from "./webhook-types";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm break-all text-slate-900">{children}</dd>
    </div>
  );
}

export function WebhookEventFacts({ event, providerName }: { event: WebhookEventDetail; providerName: string }) {
  const t = useTranslations("webhookUi");
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
      <Fact label={t("columns.provider")}>{providerName}</Fact>
      <Fact label={t("detail.providerEventId")}>
        <span className="font-mono text-xs">{event.providerEventId ?? "—"}</span>
      </Fact>
      <Fact label={t("columns.attempts")}>{event.attempts}</Fact>
      <Fact label={t("columns.latency")}>
        {event.processingMs === null ? "—" : t("ms", { ms: event.processingMs })}
      </Fact>
      <Fact label={t("detail.receivedAt")}>
        <DateTime value={event.receivedAt} withSeconds />
      </Fact>
      <Fact label={t("detail.processedAt")}>
        <DateTime value={event.processedAt} withSeconds />
      </Fact>
      {event.bodySize !== null && <Fact label={t("detail.bodySize")}>{t("bytes", { bytes: event.bodySize })}</Fact>}
      {event.bodySha256 && (
        <Fact label={t("detail.bodySha256")}>
          <span className="font-mono text-xs">{event.bodySha256}</span>
        </Fact>
      )}
      {event.status === "rejected" && (
        <Fact label={t("detail.repeatCount")}>
          {event.repeatCount}
          {event.lastRepeatAt && (
            <>
              {" · "}
              <DateTime value={event.lastRepeatAt} withSeconds />
            </>
          )}
        </Fact>
      )}
      {event.nextAttemptAt && (
        <Fact label={t("detail.nextAttemptAt")}>
          <DateTime value={event.nextAttemptAt} withSeconds />
        </Fact>
      )}
    </dl>
  );
}
