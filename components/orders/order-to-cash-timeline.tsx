"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { DateTime } from "@/components/sync/date-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { JsonBlock } from "@/components/webhooks/json-block";
import { MarketplaceError } from "./marketplace-error";
import { orderQuery } from "./order-queries";
import { timelineQuery, type DryRunView, type TimelineStepView } from "./order-to-cash-queries";
import { useStepErrorText } from "./use-step-error-text";

const TONE: Record<TimelineStepView["status"], BadgeTone> = {
  done: "success",
  failed: "danger",
  running: "info",
  pending: "neutral",
};

/**
 * The order's one way from the marketplace to the books: each step with its time, provider reference, the request it
 * sent (folded) and its error; failed steps can be retried from there, and a dry run shows what is left to send.
 */
export function OrderToCashTimeline({ orderId, canEdit }: { orderId: number; canEdit: boolean }) {
  const t = useTranslations("orderToCash");
  const queryClient = useQueryClient();
  // After an action, the steps after it run in the background: look again every 2 s for a while.
  const [watchUntil, setWatchUntil] = useState(0);
  const query = useQuery({
    ...timelineQuery(orderId),
    refetchInterval: (current) =>
      Date.now() < watchUntil || current.state.data?.steps.some((step) => step.status === "running") ? 2000 : false,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: timelineQuery(orderId).queryKey }),
      queryClient.invalidateQueries({ queryKey: orderQuery(orderId).queryKey }),
    ]);
  const run = useMutation({
    mutationFn: ({ step, path }: { step: string; path: string }) =>
      fetchJson(path, {
        method: "POST",
        body: step === "shipment_created" && path.endsWith("shipments") ? { provider: "aras" } : {},
      }),
    onSettled: () => {
      setWatchUntil(Date.now() + 20_000);
      return refresh();
    },
  });
  const dryRun = useMutation({
    mutationFn: () => fetchJson<DryRunView>(`/api/orders/${orderId}/dry-run`, { method: "POST" }),
  });

  if (query.isPending) return <p className="px-6 pb-5 text-sm text-slate-500">…</p>;
  if (query.isError)
    return (
      <div className="px-6 pb-5 text-sm text-red-700" role="alert">
        {t("timeline.loadFailed")}{" "}
        <Button size="sm" variant="ghost" onClick={() => void query.refetch()}>
          {t("timeline.tryAgain")}
        </Button>
      </div>
    );
  const steps = query.data.steps;
  const shipmentPending = steps.find((step) => step.step === "shipment_created")?.status === "pending";
  const invoicePending = steps.find((step) => step.step === "invoice_issued")?.status === "pending";
  const inTransit =
    steps.find((step) => step.step === "shipment_created")?.status === "done" &&
    steps.find((step) => step.step === "delivered")?.status !== "done";

  return (
    <div className="space-y-4 px-6 pb-5" data-testid="order-timeline">
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          {shipmentPending && (
            <Button
              size="sm"
              isPending={run.isPending && run.variables?.step === "shipment_created"}
              disabled={run.isPending}
              onClick={() => run.mutate({ step: "shipment_created", path: `/api/orders/${orderId}/shipments` })}
            >
              {t("timeline.createShipment")}
            </Button>
          )}
          {invoicePending && (
            <Button
              size="sm"
              variant="secondary"
              isPending={run.isPending && run.variables?.step === "invoice_issued"}
              disabled={run.isPending}
              onClick={() => run.mutate({ step: "invoice_issued", path: `/api/orders/${orderId}/invoice` })}
            >
              {t("timeline.issueInvoice")}
            </Button>
          )}
          {inTransit && (
            <Button
              size="sm"
              variant="secondary"
              isPending={run.isPending && run.variables?.step === "tracking"}
              disabled={run.isPending}
              onClick={() => run.mutate({ step: "tracking", path: `/api/orders/${orderId}/shipments/refresh` })}
            >
              {t("timeline.refreshTracking")}
            </Button>
          )}
          <Button size="sm" variant="secondary" isPending={dryRun.isPending} onClick={() => dryRun.mutate()}>
            {t("timeline.dryRun")}
          </Button>
        </div>
      )}
      {run.isError && <MarketplaceError error={run.error} />}
      <ol className="space-y-3">
        {steps.map((step) => (
          <TimelineItem
            key={step.step}
            step={step}
            canRetry={canEdit && step.retryable && step.status === "failed"}
            isRetrying={run.isPending && run.variables?.step === step.step}
            onRetry={() => run.mutate({ step: step.step, path: `/api/orders/${orderId}/steps/${step.step}/retry` })}
          />
        ))}
      </ol>
      {dryRun.isError && <MarketplaceError error={dryRun.error} />}
      {dryRun.data && <DryRunResult result={dryRun.data} />}
    </div>
  );
}

function TimelineItem({
  step,
  canRetry,
  isRetrying,
  onRetry,
}: {
  step: TimelineStepView;
  canRetry: boolean;
  isRetrying: boolean;
  onRetry: () => void;
}) {
  const t = useTranslations("orderToCash");
  const errorText = useStepErrorText();
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid={`step-${step.step}`} data-status={step.status}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-medium text-slate-900">{t(`steps.${step.step}`)}</span>
        <Badge tone={TONE[step.status]}>{t(`status.${step.status}`)}</Badge>
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600">
        {step.at && (
          <>
            <dt className="sr-only">⏱</dt>
            <dd className="col-span-2">
              <DateTime value={step.at} />
              {step.attempts > 1 && <span> · {t("timeline.attempts", { count: step.attempts })}</span>}
            </dd>
          </>
        )}
        {step.reference && (
          <>
            <dt>{t("timeline.reference")}</dt>
            <dd className="font-mono break-all" data-testid="step-reference">
              {step.reference}
            </dd>
          </>
        )}
      </dl>
      {step.error && (
        <div role="alert" className="mt-2 text-sm text-red-700" data-testid="step-error">
          <p>{errorText(step.error)}</p>
          {step.error.providerMessage && (
            <p className="mt-1 text-red-600">
              {t("timeline.providerSaid")}: {step.error.providerMessage}
            </p>
          )}
        </div>
      )}
      {step.request !== null && step.request !== undefined && (
        <div className="mt-2">
          <JsonBlock value={step.request} summary={t("timeline.request")} />
        </div>
      )}
      {canRetry && (
        <Button size="sm" variant="secondary" className="mt-2" isPending={isRetrying} onClick={onRetry}>
          {t("timeline.retry")}
        </Button>
      )}
    </li>
  );
}

function DryRunResult({ result }: { result: DryRunView }) {
  const t = useTranslations("orderToCash");
  const errorText = useStepErrorText();
  return (
    <section aria-label={t("timeline.dryRunTitle")} className="space-y-2" data-testid="dry-run">
      <h3 className="text-sm font-semibold text-slate-900">{t("timeline.dryRunTitle")}</h3>
      {result.steps.length === 0 && <p className="text-sm text-slate-600">{t("timeline.dryRunNothing")}</p>}
      {result.steps.map((entry) => (
        <div key={entry.step} className="space-y-1">
          <p className="text-sm text-slate-800">{t(`steps.${entry.step}`)}</p>
          {entry.blocked ? (
            <p className="text-sm text-amber-800">
              {t("timeline.blocked")}: {errorText(entry.blocked)}
            </p>
          ) : (
            <JsonBlock value={entry.would_send} />
          )}
        </div>
      ))}
    </section>
  );
}
