"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { MatchProblem } from "./matching-queries";

export function ProblemBadges({ problems, missing }: { problems: MatchProblem[]; missing: string[] }) {
  const t = useTranslations("marketplaceUi.matching.problems");
  if (problems.length === 0) return <Badge tone="success">{t("none")}</Badge>;
  return (
    <span className="flex flex-wrap gap-1" data-testid="match-problems">
      {problems.map((problem) => (
        <Badge key={problem} tone={problem === "attributes_not_loaded" ? "neutral" : "warning"}>
          {problem === "missing_attributes" ? t("missing_attributes", { names: missing.join(", ") }) : t(problem)}
        </Badge>
      ))}
    </span>
  );
}
