"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";

export type StartedSync = { runId: number; alreadyRunning: string | null };

/** POST …/sync. A 409 that names the run already under way is not an error here: the console follows that run. */
async function postSync(id: string, kind: string): Promise<StartedSync> {
  try {
    const { run_id } = await fetchJson<{ run_id: number }>(`/api/integrations/${encodeURIComponent(id)}/sync`, {
      body: { kind },
    });
    return { runId: run_id, alreadyRunning: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && typeof error.details.run_id === "number") {
      return { runId: error.details.run_id, alreadyRunning: error.message };
    }
    throw error;
  }
}

export function useStartSync(id: string, onStarted: (started: StartedSync) => void) {
  const t = useTranslations("syncUi.syncNow");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: string) => postSync(id, kind),
    onSuccess: (started) => {
      if (started.alreadyRunning === null) toast.success(t("started", { id: started.runId }));
      else toast.info(t("alreadyRunning", { id: started.runId }));
      void queryClient.invalidateQueries({ queryKey: ["sync-runs", "list"] });
      onStarted(started);
    },
    // 409 without a run is "integration inactive"; 400 names the kinds this provider supports.
    onError: (error) =>
      toast.error(
        error instanceof ApiError && (error.status === 409 || error.status === 400)
          ? error.message
          : toErrorMessage(error),
      ),
  });
}
