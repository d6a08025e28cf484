import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";

export default async function SyncRunNotFound() {
  const t = await getTranslations("syncUi.detail");
  return <EmptyState title={t("notFound")} action={<BackLink href="/logs/syncs">{t("back")}</BackLink>} />;
}
