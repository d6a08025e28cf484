import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";

export default async function IssueNotFound() {
  const t = await getTranslations("issues");
  return <EmptyState title={t("emptyFiltered")} action={<BackLink href="/issues">{t("detail.back")}</BackLink>} />;
}
