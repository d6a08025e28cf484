import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await requirePageActor({ adminOnly: true });
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SettingsTabs />
      {children}
    </>
  );
}
