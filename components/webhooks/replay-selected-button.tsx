"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";

type Answer = { replayed: number; notReplayable: number };

/** Replays the events picked in the log, whatever their status (rejected ones are counted, not replayed). */
export function ReplaySelectedButton({ ids, onDone }: { ids: number[]; onDone: () => void }) {
  const t = useTranslations("webhookUi.selection");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: () => fetchJson<Answer>("/api/webhooks/replay", { body: { ids } }),
    onSuccess: (answer) => {
      toast.success(t("done", { count: answer.replayed }));
      if (answer.notReplayable > 0) toast.warning(t("notReplayable", { count: answer.notReplayable }));
      onDone();
    },
    onError: (error) => toast.error(toErrorMessage(error)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["webhooks"] }),
  });
  return (
    <Button size="sm" isPending={replay.isPending} onClick={() => replay.mutate()}>
      {t("replay", { count: ids.length })}
    </Button>
  );
}
