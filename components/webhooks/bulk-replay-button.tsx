"use client";

import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/sync/progress-bar";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useBulkReplay } from "./use-bulk-replay";

/** "Replay all matching": failed and skipped (held while inactive) events, confirmed with their count, then walked in chunks with a progress bar. */
export function BulkReplayButton({ filter, canEdit }: { filter: Record<string, string>; canEdit: boolean }) {
  const t = useTranslations("webhookUi.bulk");
  const { state, count, replay, cancel } = useBulkReplay(filter);
  const countText = state.phase === "confirming" ? String(state.count) : "";

  return (
    <>
      <Button
        variant="secondary"
        isPending={state.phase === "counting"}
        disabled={!canEdit || state.phase !== "idle"}
        title={canEdit ? t("hint") : t("viewerOnly")}
        onClick={() => void count()}
      >
        {t("button")}
      </Button>
      <ConfirmDialog
        isOpen={state.phase === "confirming"}
        title={t("confirmTitle")}
        message={t("confirm", { count: countText })}
        confirmLabel={t("confirmButton", { count: countText })}
        isDestructive={false}
        onCancel={cancel}
        onConfirm={() => void replay()}
      />
      {state.phase === "replaying" && (
        <div className="w-56 space-y-1" role="status">
          <ProgressBar
            value={state.done}
            max={state.total || null}
            label={t("progressLabel")}
            valueText={t("progress", { done: state.done, total: state.total })}
            testId="bulk-replay-progress"
          />
          <p className="text-xs tabular-nums text-slate-600">
            {t("progress", { done: state.done, total: state.total })}
          </p>
        </div>
      )}
    </>
  );
}
