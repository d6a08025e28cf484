import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertSettingsForm } from "@/components/settings/alert-settings-form";
import { loadAlertSettings } from "@/lib/alerts/load-for-page";
import { requirePageActor } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alertSettings"))("title") };
}

export default async function AlertSettingsPage() {
  await requirePageActor({ adminOnly: true });
  return <AlertSettingsForm initial={await loadAlertSettings()} />;
}
