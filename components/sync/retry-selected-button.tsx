"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";

/**
 * Retries the picked runs one after another, each as a whole run. A run that cannot be retried (one of its kind is
 * already under way) is named in its own message; the others still go.
 */
export function RetrySelectedButton({ ids, onDone }: { ids: number[]; onDone: () => void }) {
  const t = useTranslations("syncUi.selection");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: async () => {
      let started = 0;
      for (const id of ids) {
        try {
          await fetchJson(`/api/sync-runs/${id}/retry`, { body: { only_failed_items: false } });
          started += 1;
        } catch (error) {
          toast.error(t("failed", { id, reason: toErrorMessage(error) }));
        }
      }
      return started;
    },
    onSuccess: (started) => {
      if (started > 0) toast.success(t("done", { count: started }));
      onDone();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["sync-runs", "list"] }),
  });
  return (
    <Button size="sm" isPending={retry.isPending} onClick={() => retry.mutate()}>
      {t("retry", { count: ids.length })}
    </Button>
  );
}
