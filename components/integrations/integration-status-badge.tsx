import { useTranslations } from "next-intl";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONES: Record<IntegrationView["status"], BadgeTone> = {
  not_configured: "neutral",
  active: "success",
  inactive: "warning",
};

export function IntegrationStatusBadge({ status }: { status: IntegrationView["status"] }) {
  const t = useTranslations("integrations.status");
  return (
    <Badge tone={STATUS_TONES[status]}>
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {t(status)}
    </Badge>
  );
}
