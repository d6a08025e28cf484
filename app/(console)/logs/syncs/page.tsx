import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SyncRunList } from "@/components/sync/sync-run-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("syncLogs"))("title") };
}

export default async function SyncLogsPage() {
  await requirePageActor();
  const t = await getTranslations("syncLogs");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SyncRunList />
    </>
  );
}
