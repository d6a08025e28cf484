"use client";

import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";

const heldKey = (id: string) => ["integrations", id, "held-webhooks"];

/** Offers the deliveries that arrived while the integration was inactive; shown only while there are some. */
export function HeldWebhooksPanel({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("webhookUi.held");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const { data: integration } = useSuspenseQuery(integrationQuery(id));
  const url = `/api/integrations/${encodeURIComponent(id)}/held-webhooks`;
  const held = useQuery({ queryKey: heldKey(id), queryFn: () => fetchJson<{ count: number }>(url) });
  const release = useMutation({
    mutationFn: () => fetchJson<{ queued: number }>(url, { body: {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: heldKey(id) }),
  });
  const count = held.data?.count ?? 0;
  if (count === 0 && !release.data) return null;

  const disabledReason = !canEdit ? t("viewerOnly") : !integration.is_active ? t("activateFirst") : undefined;
  return (
    <PanelCard title={t("title")} description={t("description")} testId="held-webhooks">
      {count > 0 && (
        <Button
          type="button"
          variant="secondary"
          isPending={release.isPending}
          disabled={Boolean(disabledReason)}
          title={disabledReason}
          onClick={() => release.mutate()}
        >
          {t("button", { count })}
        </Button>
      )}
      <div className="mt-3 text-sm" aria-live="polite" data-testid="held-webhooks-result">
        {release.isError && (
          <p role="alert" className="text-red-700">
            {toErrorMessage(release.error)}
          </p>
        )}
        {release.data && <p className="text-slate-700">{t("queued", { count: release.data.queued })}</p>}
      </div>
    </PanelCard>
  );
}
