import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { IssueView } from "@/lib/issues/list-issues";

const TONES: Record<IssueView["status"], BadgeTone> = {
  open: "danger",
  acknowledged: "warning",
  resolved: "success",
  muted: "neutral",
};

export function IssueStatusBadge({ status }: { status: IssueView["status"] }) {
  const t = useTranslations("issues.status");
  return (
    <Badge tone={TONES[status]}>
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      <span data-testid="issue-status">{t(status)}</span>
    </Badge>
  );
}
