import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { WebhookStatus } from "./webhook-types";

const TONES: Record<WebhookStatus, BadgeTone> = {
  received: "neutral",
  processing: "info",
  processed: "success",
  failed: "danger",
  ignored: "neutral",
  skipped: "warning",
  rejected: "danger",
};

export function WebhookStatusBadge({ status }: { status: WebhookStatus }) {
  const t = useTranslations("webhookUi.status");
  return (
    <Badge tone={TONES[status]} className="whitespace-nowrap">
      <span
        aria-hidden="true"
        className={`size-1.5 rounded-full bg-current ${status === "processing" ? "animate-pulse" : ""}`}
      />
      <span data-testid="webhook-status">{t(status)}</span>
    </Badge>
  );
}
