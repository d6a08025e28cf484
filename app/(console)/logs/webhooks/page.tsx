import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhookLogs"))("title") };
}

export default async function WebhookLogsPage() {
  const t = await getTranslations("webhookLogs");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <EmptyState title={t("empty")} description={t("emptyHint")} />
    </>
  );
}
