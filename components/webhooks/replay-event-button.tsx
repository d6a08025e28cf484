"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { webhookEventQuery } from "./webhook-queries";
import { isReplayable, type WebhookStatus } from "./webhook-types";

/** Runs the stored event through processing again; the detail page then follows it live. */
export function ReplayEventButton({ id, status, canEdit }: { id: number; status: WebhookStatus; canEdit: boolean }) {
  const t = useTranslations("webhookUi.replay");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: () => fetchJson<{ id: number; status: string }>(`/api/webhooks/${id}/replay`, { method: "POST" }),
    onSuccess: () => {
      toast.success(t("queued"));
      void queryClient.invalidateQueries({ queryKey: webhookEventQuery(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: ["webhooks", "list"] });
    },
    onError: (error) =>
      toast.error(error instanceof ApiError && error.status === 409 ? error.message : toErrorMessage(error)),
  });
  const disabledReason = !canEdit
    ? t("viewerOnly")
    : !isReplayable(status)
      ? t(status === "rejected" ? "rejected" : "inProgress")
      : undefined;
  return (
    <Button
      isPending={replay.isPending}
      disabled={Boolean(disabledReason)}
      title={disabledReason}
      onClick={() => replay.mutate()}
    >
      {t("button")}
    </Button>
  );
}
