import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";

export default async function WebhookEventNotFound() {
  const t = await getTranslations("webhookUi.detail");
  return <EmptyState title={t("notFound")} action={<BackLink href="/logs/webhooks">{t("back")}</BackLink>} />;
}
