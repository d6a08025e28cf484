import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

export default async function IntegrationNotFound() {
  const t = await getTranslations("integrations.notFound");
  return (
    <EmptyState
      title={t("title")}
      description={t("description")}
      action={
        <Link href="/integrations" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
          {t("back")}
        </Link>
      }
    />
  );
}
