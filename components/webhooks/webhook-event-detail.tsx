"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { useKeyedText } from "@/components/i18n/keyed-text";
import { QueryDetail } from "@/components/ui/query-detail";
import { HeadersTable } from "./headers-table";
import { JsonBlock } from "./json-block";
import { ReplayEventButton } from "./replay-event-button";
import { TestEventBadge } from "./test-event-badge";
import { WebhookEventFacts } from "./webhook-event-facts";
import { webhookEventQuery } from "./webhook-queries";
import { WebhookStatusBadge } from "./webhook-status-badge";
import { WebhookTimeline } from "./webhook-timeline";
import { isWebhookPending } from "./webhook-types";

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** /logs/webhooks/[id]: facts, errors, timeline, headers and payload; polls while the event is being processed. */
export function WebhookEventDetailView({ id, canEdit }: { id: number; canEdit: boolean }) {
  const t = useTranslations("webhookUi.detail");
  const tRejection = useTranslations("webhookUi.rejection");
  const keyed = useKeyedText();
  // Stored as "signature missing|mismatch|stale"; anything else is shown as stored.
  const rejectionText = (reason: string) => {
    const kind = /^signature (missing|mismatch|stale)$/.exec(reason)?.[1];
    return kind ? tRejection(kind) : reason;
  };
  const integrations = useQuery(integrationsQuery());
  const query = useQuery({
    ...webhookEventQuery(id),
    refetchInterval: (current) => (current.state.data && !isWebhookPending(current.state.data.status) ? false : 1_000),
  });
  const labels = { back: t("back"), notFound: t("notFound"), loadFailed: t("loadFailed"), retry: t("retry") };
  const providerName = (provider: string) =>
    integrations.data?.find((integration) => integration.id === provider)?.display_name ?? provider;

  return (
    <QueryDetail query={query} backHref="/logs/webhooks" labels={labels}>
      {(event) => (
        <>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title", { id: event.id })}</h1>
              <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <span>{providerName(event.provider)}</span>
                <span className="font-mono text-xs" data-testid="webhook-event-type">
                  {event.eventType ?? "—"}
                </span>
                <WebhookStatusBadge status={event.status} />
                {event.isTest && <TestEventBadge />}
              </p>
            </div>
            <ReplayEventButton id={event.id} status={event.status} canEdit={canEdit} />
          </div>
          <section
            aria-label={t("summary")}
            className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
          >
            <WebhookEventFacts event={event} providerName={providerName(event.provider)} />
            {event.lastError && (
              <p
                role="alert"
                className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700"
                data-testid="webhook-error"
              >
                <span className="font-semibold">{t("processingError")}: </span>
                {keyed(event.lastErrorKey, event.lastErrorParams, event.lastError)}
              </p>
            )}
            {event.rejectionReason && (
              <p
                role="alert"
                className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700"
                data-testid="webhook-rejection"
              >
                <span className="font-semibold">{t("rejectionReason")}: </span>
                {rejectionText(event.rejectionReason)}
              </p>
            )}
          </section>
          <div className="grid items-start gap-6 lg:grid-cols-[1fr_2fr]">
            <Card title={t("timeline")}>
              <WebhookTimeline entries={event.timeline} />
            </Card>
            <Card title={t("headers")}>
              <HeadersTable headers={event.headers} />
            </Card>
          </div>
          <Card title={t("payload")}>
            <div className="space-y-3">
              {event.status === "rejected" && <p className="text-sm text-slate-600">{t("rejectedBody")}</p>}
              <JsonBlock value={event.payload ?? event.rawBody} testId="webhook-payload" />
              <JsonBlock value={event.rawBody} summary={t("rawBody")} isRaw />
            </div>
          </Card>
        </>
      )}
    </QueryDetail>
  );
}
