"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/input-class";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";

const toLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Line numbers of the entries the server refused (issues come back as `webhook_ip_allowlist.<index>`). */
function badLines(error: unknown): number[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.flatMap((issue) => {
    const match = /^webhook_ip_allowlist\.(\d+)$/.exec(issue.path);
    return match ? [Number(match[1]) + 1] : [];
  });
}

/** CIDR ranges allowed to deliver webhooks, one per line; empty allows any address. Saved through the config API. */
export function IpAllowlistEditor({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("webhookUi.allowlist");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const { data: integration } = useSuspenseQuery(integrationQuery(id));
  const [draft, setDraft] = useState(integration.webhook_ip_allowlist.join("\n"));
  const fieldId = useId();
  const save = useMutation({
    mutationFn: (entries: string[]) =>
      fetchJson<IntegrationView>(`/api/integrations/${encodeURIComponent(id)}/config`, {
        body: { webhook_ip_allowlist: entries },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(integrationQuery(id).queryKey, saved);
      setDraft(saved.webhook_ip_allowlist.join("\n"));
      toast.success(
        saved.webhook_ip_allowlist.length ? t("saved", { count: saved.webhook_ip_allowlist.length }) : t("savedOpen"),
      );
    },
    onError: (error) => {
      if (!(error instanceof ApiError && error.status === 400)) toast.error(toErrorMessage(error));
    },
  });
  const lines = badLines(save.error);
  const disabledReason = !canEdit ? t("viewerOnly") : !integration.is_configured ? t("saveFirst") : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(toLines(draft));
  }

  return (
    <PanelCard title={t("title")} description={t("description")} testId="ip-allowlist">
      <form onSubmit={submit} className="space-y-3">
        <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
          {t("label")}
        </label>
        <textarea
          id={fieldId}
          value={draft}
          rows={4}
          spellCheck={false}
          placeholder={"203.0.113.0/24\n2001:db8::/32"}
          disabled={Boolean(disabledReason) || save.isPending}
          aria-invalid={lines.length > 0 || undefined}
          aria-describedby={`${fieldId}-hint`}
          onChange={(event) => setDraft(event.target.value)}
          className={`${INPUT_CLASS} font-mono`}
        />
        <p id={`${fieldId}-hint`} className="text-xs text-slate-500">
          {integration.webhook_ip_allowlist.length
            ? t("current", { count: integration.webhook_ip_allowlist.length })
            : t("open")}
        </p>
        {save.isError && save.error instanceof ApiError && save.error.status === 400 && (
          <p role="alert" className="text-sm text-red-700">
            {lines.length ? t("invalidLines", { lines: lines.join(", ") }) : save.error.message}
          </p>
        )}
        <Button type="submit" isPending={save.isPending} disabled={Boolean(disabledReason)} title={disabledReason}>
          {t("save")}
        </Button>
      </form>
    </PanelCard>
  );
}
