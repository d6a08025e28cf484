"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";

export type StartedSync = { runId: number; alreadyRunning: string | null };

type SyncAnswer = { run_id?: number; error?: string; message?: string };

/** POST …/sync. A 409 that names the run already under way is not an error here: the console follows that run. */
async function postSync(id: string, kind: string): Promise<StartedSync> {
  const response = await fetch(`/api/integrations/${encodeURIComponent(id)}/sync`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ kind }),
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => ({}))) as SyncAnswer;
  if (response.ok && typeof body.run_id === "number") return { runId: body.run_id, alreadyRunning: null };
  if (response.status === 409 && typeof body.run_id === "number") return { runId: body.run_id, alreadyRunning: body.message ?? "" };
  throw new ApiError(response.status, body.error ?? "internal", body.message ?? response.statusText);
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
    onError: (error) => toast.error(error instanceof ApiError && (error.status === 409 || error.status === 400) ? error.message : toErrorMessage(error)),
  });
}
