import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<string, BadgeTone> = {
  pending: "neutral",
  requires_action: "info",
  processing: "info",
  succeeded: "success",
  failed: "danger",
  canceled: "neutral",
  refunded: "neutral",
  partially_refunded: "warning",
  disputed: "danger",
};

export function PaymentStatusBadge({ status }: { status: string }) {
  const t = useTranslations("payments.status");
  return (
    <Badge tone={TONES[status] ?? "neutral"} className="whitespace-nowrap">
      {t.has(status) ? t(status) : status}
    </Badge>
  );
}
