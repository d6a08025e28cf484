"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { isRunActive, type SyncRun } from "./sync-types";

/** "Cancel run" for a queued or running run, confirmed first; the run stops at its next step. Admins only. */
export function CancelRunButton({ run, canEdit }: { run: SyncRun; canEdit: boolean }) {
  const t = useTranslations("syncUi.cancel");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [isConfirming, setConfirming] = useState(false);
  const cancel = useMutation({
    mutationFn: () => fetchJson<{ run_id: number }>(`/api/sync-runs/${run.id}/cancel`, { body: {} }),
    onSuccess: () => {
      toast.success(t("done", { id: run.id }));
      void queryClient.invalidateQueries({ queryKey: ["sync-runs"] });
    },
    onError: (error) => toast.error(toErrorMessage(error)),
    onSettled: () => setConfirming(false),
  });
  if (!isRunActive(run.status)) return null;
  return (
    <>
      <Button
        variant="danger"
        disabled={!canEdit}
        title={canEdit ? undefined : t("viewerOnly")}
        onClick={() => setConfirming(true)}
      >
        {t("button")}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t("confirmTitle")}
        message={t("confirm")}
        confirmLabel={t("button")}
        isDestructive
        isPending={cancel.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => cancel.mutate()}
      />
    </>
  );
}
