import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SyncStatus } from "./sync-types";

const TONES: Record<SyncStatus, BadgeTone> = {
  queued: "neutral",
  running: "info",
  succeeded: "success",
  failed: "danger",
  cancelled: "neutral",
};

/** A run's status; a finished run with failed items reads "completed, with errors" in amber rather than plain green. */
export function SyncStatusBadge({ status, failedItems = 0 }: { status: SyncStatus; failedItems?: number }) {
  const t = useTranslations("syncUi.status");
  const hasErrors = status === "succeeded" && failedItems > 0;
  return (
    <Badge tone={hasErrors ? "warning" : TONES[status]} className="whitespace-nowrap">
      <span
        aria-hidden="true"
        className={`size-1.5 rounded-full bg-current ${status === "running" ? "animate-pulse" : ""}`}
      />
      <span data-testid="sync-status">{t(hasErrors ? "succeededWithErrors" : status)}</span>
    </Badge>
  );
}
