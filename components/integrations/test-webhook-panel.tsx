"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { useKeyedText } from "@/components/i18n/keyed-text";
import { Badge } from "@/components/ui/badge";
import type { TestWebhookOutcome } from "@/lib/webhooks/send-test-webhook";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";

type TestWebhookResult = {
  status: number;
  latencyMs: number;
  eventId: number | null;
  duplicate: boolean;
  message: string | null;
  outcome: TestWebhookOutcome | null;
};

const OUTCOME_TONES = {
  processed: "success",
  ignored: "neutral",
  skipped: "warning",
  failed: "danger",
  pending: "info",
} as const;

/** Signs a sample of the chosen event with the stored secret and delivers it to Köprü's own public webhook URL. */
export function TestWebhookPanel({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("webhookUi.test");
  const toErrorMessage = useApiErrorMessage();
  const keyed = useKeyedText();
  const { data: integration } = useSuspenseQuery(integrationQuery(id));
  const types = integration.webhook_event_types;
  const [eventType, setEventType] = useState(types[0] ?? "");
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (type: string) =>
      fetchJson<TestWebhookResult>(`/api/integrations/${encodeURIComponent(id)}/test-webhook`, {
        body: { event_type: type },
      }),
    // A delivery to an inactive integration is held: the held-deliveries panel counts it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["integrations", id, "held-webhooks"] }),
  });
  if (types.length === 0) return null;

  const disabledReason = !canEdit ? t("viewerOnly") : !integration.is_configured ? t("saveFirst") : undefined;
  const result = send.data;
  const isOk = result !== undefined && result.status >= 200 && result.status < 300;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (eventType) send.mutate(eventType);
  }

  return (
    <PanelCard title={t("title")} description={t("description")} testId="test-webhook">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <SelectField
          label={t("eventType")}
          value={eventType}
          onChange={(event) => setEventType(event.target.value)}
          className="min-w-64"
        >
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </SelectField>
        <Button
          type="submit"
          variant="secondary"
          isPending={send.isPending}
          disabled={Boolean(disabledReason)}
          title={disabledReason}
        >
          {send.isPending ? t("sending") : t("button")}
        </Button>
      </form>
      <div className="mt-3 text-sm" aria-live="polite" data-testid="test-webhook-result">
        {send.isError && (
          <p role="alert" className="text-red-700">
            {send.error instanceof ApiError && send.error.status === 400
              ? send.error.message
              : toErrorMessage(send.error)}
          </p>
        )}
        {result && !send.isPending && (
          <div className="flex flex-wrap items-center gap-3">
            <Badge tone={isOk ? "success" : "danger"}>
              <span data-testid="test-webhook-status">HTTP {result.status}</span>
            </Badge>
            <span className="tabular-nums text-slate-600">{t("latency", { latency: result.latencyMs })}</span>
            {result.duplicate && <span className="text-amber-800">{t("duplicate")}</span>}
            {!isOk && result.message && <span className="text-red-700">{result.message}</span>}
            {result.outcome && (
              <Badge tone={OUTCOME_TONES[result.outcome.status]}>
                <span data-testid="test-webhook-outcome" data-outcome={result.outcome.status}>
                  {t(`outcome.${result.outcome.status}`)}
                </span>
              </Badge>
            )}
            {result.outcome?.status === "failed" && (
              <span className="text-red-700" data-testid="test-webhook-why">
                {t("why")} {keyed(result.outcome.errorKey, result.outcome.errorParams, result.outcome.error)}
              </span>
            )}
            {result.outcome &&
              result.outcome.status !== "failed" &&
              (result.outcome.note || result.outcome.noteKey) && (
                <span className="text-slate-600">
                  {keyed(result.outcome.noteKey, result.outcome.noteParams, result.outcome.note)}
                </span>
              )}
            {result.eventId !== null && (
              <Link
                href={`/logs/webhooks/${result.eventId}`}
                className="font-medium text-indigo-600 hover:text-indigo-500"
                data-testid="test-webhook-event-link"
              >
                {t("viewEvent", { id: result.eventId })}
                <span aria-hidden="true"> →</span>
              </Link>
            )}
          </div>
        )}
      </div>
    </PanelCard>
  );
}
