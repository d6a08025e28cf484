import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";

export default async function OrderNotFound() {
  const t = await getTranslations("ordersUi.detail");
  return <EmptyState title={t("notFound")} action={<BackLink href="/orders">{t("back")}</BackLink>} />;
}
