import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<string, BadgeTone> = {
  created: "info",
  picking: "info",
  invoiced: "info",
  shipped: "warning",
  delivered: "success",
  undelivered: "danger",
  cancelled: "neutral",
  returned: "neutral",
  unsupplied: "danger",
};

export function OrderStatusBadge({ status }: { status: string }) {
  const t = useTranslations("ordersUi.status");
  return (
    <Badge tone={TONES[status] ?? "neutral"} className="whitespace-nowrap">
      {t.has(status) ? t(status) : status}
    </Badge>
  );
}
