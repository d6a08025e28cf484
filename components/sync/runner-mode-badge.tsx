import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Which runner does background work in this process: Inngest, or the in-process embedded runner. */
export function RunnerModeBadge({ mode }: { mode: "embedded" | "inngest" }) {
  const t = useTranslations("syncUi.runner");
  return (
    <span title={t(`${mode}Hint`)} data-testid="runner-mode">
      <Badge tone={mode === "inngest" ? "info" : "neutral"}>
        <span className="sr-only">{t("label")}: </span>
        {t(mode)}
      </Badge>
    </span>
  );
}
