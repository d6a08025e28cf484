import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntegrationGroups } from "@/components/integrations/integration-groups";
import { PageHeader } from "@/components/ui/page-header";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadIntegrationHealthSummary } from "@/lib/issues/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("integrations"))("title") };
}

export default async function IntegrationsPage() {
  const t = await getTranslations("integrations");
  const [integrations, health] = await Promise.all([loadIntegrations(), loadIntegrationHealthSummary()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <IntegrationGroups integrations={integrations} health={health} />
    </>
  );
}
