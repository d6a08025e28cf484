"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { IssueDetail } from "@/lib/issues/get-issue";

type Action = "acknowledge" | "resolve" | "reopen" | "mute" | "replay";
const DAY_MS = 86_400_000;

/** Status changes and "Replay all in this issue", which says how much it will replay before it starts. */
export function IssueActions({ issue }: { issue: Pick<IssueDetail, "id" | "status" | "replay"> }) {
  const t = useTranslations("issues.actions");
  const router = useRouter();
  const errorMessage = useApiErrorMessage();
  const [pending, setPending] = useState<Action | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: Action, body?: unknown) => {
    setPending(action);
    setError(null);
    setNotice(null);
    try {
      const result = await fetchJson<{ replayed?: number }>(`/api/issues/${issue.id}/${action}`, {
        method: "POST",
        body: body ?? {},
      });
      if (action === "replay") setNotice(t("replayed", { count: result.replayed ?? 0 }));
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(null);
      setIsConfirming(false);
    }
  };
  const mute = (days: number) => run("mute", { until: new Date(Date.now() + days * DAY_MS).toISOString() });
  const isActive = issue.status === "open" || issue.status === "acknowledged";

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => setIsConfirming(true)}
          disabled={issue.replay.count === 0 || pending !== null}
          isPending={pending === "replay"}
        >
          {issue.replay.count === 0 ? t("replayNothing") : t("replay", { count: issue.replay.count })}
        </Button>
        {issue.status === "open" && (
          <Button variant="secondary" onClick={() => void run("acknowledge")} isPending={pending === "acknowledge"}>
            {t("acknowledge")}
          </Button>
        )}
        {issue.status !== "resolved" && (
          <Button variant="secondary" onClick={() => void run("resolve")} isPending={pending === "resolve"}>
            {t("resolve")}
          </Button>
        )}
        {isActive && (
          <>
            <Button variant="ghost" onClick={() => void mute(1)} isPending={pending === "mute"}>
              {t("mute1d")}
            </Button>
            <Button variant="ghost" onClick={() => void mute(7)}>
              {t("mute7d")}
            </Button>
          </>
        )}
        {!isActive && (
          <Button variant="ghost" onClick={() => void run("reopen")} isPending={pending === "reopen"}>
            {t("reopen")}
          </Button>
        )}
      </div>
      {notice && (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-600">
          {error}
        </p>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t("replayTitle")}
        message={t("replayMessage", { target: issue.replay.target, count: issue.replay.count })}
        confirmLabel={t("replayConfirm", { count: issue.replay.count })}
        isDestructive={false}
        isPending={pending === "replay"}
        onConfirm={() => void run("replay")}
        onCancel={() => setIsConfirming(false)}
      />
    </div>
  );
}
