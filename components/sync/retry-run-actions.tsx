"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CancelRunButton } from "./cancel-run-button";
import { isRunActive, type SyncRun } from "./sync-types";
import { useRetryRun } from "./use-retry-run";

type Mode = "all" | "failed";

/** "Retry run" and "Retry failed items", each confirmed first, for finished runs; "Cancel run" for active ones. */
export function RetryRunActions({ run, canEdit }: { run: SyncRun; canEdit: boolean }) {
  const t = useTranslations("syncUi.retry");
  const [confirming, setConfirming] = useState<Mode | null>(null);
  const retry = useRetryRun(run.id);
  const isFinished = !isRunActive(run.status);
  // Imports re-read from the marketplace's cursor, so they are only retried whole.
  const canRetryItems = run.failed > 0 && run.kind !== "orders_in";
  const disabledReason = !canEdit ? t("viewerOnly") : !isFinished ? t("stillRunning") : undefined;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <CancelRunButton run={run} canEdit={canEdit} />
      <Button
        variant="secondary"
        disabled={Boolean(disabledReason)}
        title={disabledReason}
        onClick={() => setConfirming("all")}
      >
        {t("run")}
      </Button>
      {canRetryItems && (
        <Button disabled={Boolean(disabledReason)} title={disabledReason} onClick={() => setConfirming("failed")}>
          {t("failedItems", { count: run.failed })}
        </Button>
      )}
      <ConfirmDialog
        isOpen={confirming !== null}
        title={confirming === "failed" ? t("confirmFailedTitle") : t("confirmRunTitle")}
        message={confirming === "failed" ? t("confirmFailed", { count: run.failed }) : t("confirmRun")}
        confirmLabel={confirming === "failed" ? t("failedItems", { count: run.failed }) : t("run")}
        isDestructive={false}
        isPending={retry.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => retry.mutate(confirming === "failed", { onSettled: () => setConfirming(null) })}
      />
    </div>
  );
}
