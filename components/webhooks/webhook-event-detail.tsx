"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
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
  const toErrorMessage = useApiErrorMessage();
  const integrations = useQuery(integrationsQuery());
  const query = useQuery({ ...webhookEventQuery(id), refetchInterval: (current) => (current.state.data && !isWebhookPending(current.state.data.status) ? false : 1_000) });
  const back = (
    <Link href="/logs/webhooks" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
      <span aria-hidden="true">← </span>
      {t("back")}
    </Link>
  );

  if (query.isPending) return <TableSkeleton rows={4} />;
  if (query.isError) {
    const isMissing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="space-y-6">
        {back}
        <EmptyState
          title={isMissing ? t("notFound") : t("loadFailed")}
          description={isMissing ? undefined : toErrorMessage(query.error)}
          action={isMissing ? undefined : <Button variant="secondary" onClick={() => void query.refetch()}>{t("retry")}</Button>}
        />
      </div>
    );
  }

  const event = query.data;
  const providerName = integrations.data?.find((integration) => integration.id === event.provider)?.display_name ?? event.provider;
  return (
    <div className="space-y-6">
      {back}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title", { id: event.id })}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{providerName}</span>
            <span className="font-mono text-xs" data-testid="webhook-event-type">{event.eventType ?? "—"}</span>
            <WebhookStatusBadge status={event.status} />
            {event.isTest && <TestEventBadge />}
          </p>
        </div>
        <ReplayEventButton id={event.id} status={event.status} canEdit={canEdit} />
      </div>
      <section aria-label={t("summary")} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <WebhookEventFacts event={event} providerName={providerName} />
        {event.lastError && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="webhook-error">
            <span className="font-semibold">{t("processingError")}: </span>
            {event.lastError}
          </p>
        )}
        {event.rejectionReason && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="webhook-rejection">
            <span className="font-semibold">{t("rejectionReason")}: </span>
            {event.rejectionReason}
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
          <JsonBlock value={event.payload ?? event.rawBody} testId="webhook-payload" />
          <JsonBlock value={event.rawBody} summary={t("rawBody")} isRaw />
        </div>
      </Card>
    </div>
  );
}
