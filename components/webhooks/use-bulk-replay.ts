"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";

const CHUNK = 100;

export type BulkReplayState =
  | { phase: "idle" }
  | { phase: "counting" }
  | { phase: "confirming"; count: number }
  | { phase: "replaying"; done: number; total: number };

/**
 * Replays the failed and skipped events matching a filter: count them, confirm, then call the chunked replay until nothing
 * remains. The first answer fixes the total, so events that fail again while we walk are not replayed twice.
 */
export function useBulkReplay(filter: Record<string, string>) {
  const t = useTranslations("webhookUi.bulk");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkReplayState>({ phase: "idle" });

  async function count() {
    setState({ phase: "counting" });
    try {
      const { remaining } = await fetchJson<{ remaining: number }>("/api/webhooks/replay", {
        body: { filter, dry_run: true },
      });
      if (remaining === 0) {
        toast.info(t("nothing"));
        return setState({ phase: "idle" });
      }
      setState({ phase: "confirming", count: remaining });
    } catch (error) {
      toast.error(toErrorMessage(error));
      setState({ phase: "idle" });
    }
  }

  async function replay() {
    let done = 0;
    let total = Number.POSITIVE_INFINITY;
    setState({ phase: "replaying", done, total: state.phase === "confirming" ? state.count : 0 });
    try {
      while (done < total) {
        const answer = await fetchJson<{ replayed: number; remaining: number }>("/api/webhooks/replay", {
          body: { filter, limit: CHUNK },
        });
        if (total === Number.POSITIVE_INFINITY) total = answer.replayed + answer.remaining;
        done += answer.replayed;
        setState({ phase: "replaying", done, total });
        if (answer.replayed === 0 || answer.remaining === 0) break;
      }
      toast.success(t("done", { count: done }));
    } catch (error) {
      toast.error(t("stopped", { count: done, reason: toErrorMessage(error) }));
    } finally {
      setState({ phase: "idle" });
      void queryClient.invalidateQueries({ queryKey: ["webhooks"] });
    }
  }

  return { state, count, replay, cancel: () => setState({ phase: "idle" }) };
}
