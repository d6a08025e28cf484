"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";

type Registration = { url: string; created: boolean; subscriptionId: string };

/** Creates or updates the marketplace's webhook subscription with this console's URL and a fresh API key. */
export function RegisterWebhookPanel({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("marketplaceUi.registerWebhook");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const register = useMutation({
    mutationFn: () =>
      fetchJson<Registration>(`/api/integrations/${encodeURIComponent(id)}/register-webhook`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationQuery(id).queryKey }),
  });
  return (
    <PanelCard title={t("title")} description={t("description")} testId="register-webhook">
      <div className="flex flex-wrap items-center gap-4">
        <Button
          variant="secondary"
          isPending={register.isPending}
          disabled={!canEdit}
          title={canEdit ? undefined : t("viewerOnly")}
          onClick={() => register.mutate()}
        >
          {register.isPending ? t("registering") : t("button")}
        </Button>
        <div aria-live="polite" data-testid="register-webhook-result">
          {register.isError && (
            <p role="alert" className="text-sm text-red-700">
              {toErrorMessage(register.error)}
            </p>
          )}
          {register.data && (
            <p role="status" className="text-sm font-medium text-emerald-700">
              {t(register.data.created ? "created" : "updated", { url: register.data.url })}
            </p>
          )}
        </div>
      </div>
    </PanelCard>
  );
}
