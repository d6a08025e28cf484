"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { ProviderSaid } from "@/components/i18n/keyed-text";
import { Button } from "@/components/ui/button";
import { PanelCard } from "./panel-card";

type ConnectionResult =
  | { ok: true; latencyMs: number }
  | {
      ok: false;
      latencyMs: number;
      message: string;
      messageKey?: string;
      params?: Record<string, string | number>;
      providerMessage?: string;
    };

/** One cheap authenticated call with the stored credentials: success with its latency, or the provider's complaint. */
export function TestConnectionPanel({
  id,
  canEdit,
  isConfigured,
}: {
  id: string;
  canEdit: boolean;
  isConfigured: boolean;
}) {
  const t = useTranslations("syncUi.testConnection");
  const tRoot = useTranslations();
  const toErrorMessage = useApiErrorMessage();
  const test = useMutation({
    mutationFn: () =>
      fetchJson<ConnectionResult>(`/api/integrations/${encodeURIComponent(id)}/test-connection`, { method: "POST" }),
  });
  const disabledReason = !canEdit ? t("viewerOnly") : !isConfigured ? t("saveFirst") : undefined;

  function result() {
    if (test.isError) {
      const error = test.error;
      // A 400 here means the provider has no connection test yet (or the stored settings are incomplete): say which.
      const detail = error instanceof ApiError && error.status === 400 ? error.message : toErrorMessage(error);
      return (
        <p role="alert" className="text-sm text-red-700">
          {t("unavailable", { detail })}
        </p>
      );
    }
    if (!test.data) return null;
    const key = test.data.ok ? undefined : test.data.messageKey;
    const messageKey = key && !key.startsWith("errors.") ? `errors.${key}` : key;
    return test.data.ok ? (
      <p role="status" className="text-sm font-medium text-emerald-700">
        {t("ok", { latency: test.data.latencyMs })}
      </p>
    ) : (
      <p role="alert" className="text-sm text-red-700">
        <span className="font-semibold">{t("failed", { latency: test.data.latencyMs })}</span>{" "}
        {messageKey && tRoot.has(messageKey) ? tRoot(messageKey, test.data.params) : test.data.message}
        {test.data.messageKey && <ProviderSaid provider={id} message={test.data.providerMessage} />}
      </p>
    );
  }

  return (
    <PanelCard title={t("title")} description={t("description")} testId="test-connection">
      <div className="flex flex-wrap items-center gap-4">
        <Button
          variant="secondary"
          isPending={test.isPending}
          disabled={Boolean(disabledReason)}
          title={disabledReason}
          onClick={() => test.mutate()}
        >
          {test.isPending ? t("testing") : t("button")}
        </Button>
        <div data-testid="test-connection-result" aria-live="polite">
          {!test.isPending && result()}
        </div>
      </div>
    </PanelCard>
  );
}
