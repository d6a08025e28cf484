import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

export default async function ProductNotFound() {
  const t = await getTranslations("products.detail");
  return (
    <EmptyState
      title={t("notFound")}
      description={t("notFoundHint")}
      action={
        <Link href="/products" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
          {t("back")}
        </Link>
      }
    />
  );
}
