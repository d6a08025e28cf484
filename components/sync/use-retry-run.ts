"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";

/** Retries a finished run (whole, or its failed items only) and opens the new run, which then shows live. */
export function useRetryRun(runId: number) {
  const t = useTranslations("syncUi.retry");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (onlyFailedItems: boolean) =>
      fetchJson<{ run_id: number }>(`/api/sync-runs/${runId}/retry`, { body: { only_failed_items: onlyFailedItems } }),
    onSuccess: ({ run_id }) => {
      toast.success(t("started", { id: run_id }));
      void queryClient.invalidateQueries({ queryKey: ["sync-runs", "list"] });
      router.push(`/logs/syncs/${run_id}`);
    },
    // 400 and 409 carry a sentence that says exactly what is wrong ("has no failed items", "already running").
    onError: (error) =>
      toast.error(
        error instanceof ApiError && (error.status === 400 || error.status === 409)
          ? error.message
          : toErrorMessage(error),
      ),
  });
}
