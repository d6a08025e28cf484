import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { syncRunsQuery } from "@/components/sync/sync-queries";
import { SyncRunList } from "@/components/sync/sync-run-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadFirstSyncRunPage } from "@/lib/sync/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("syncLogs"))("title") };
}

export default async function SyncLogsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("syncLogs");
  const [firstPage, integrations] = await Promise.all([loadFirstSyncRunPage(), loadIntegrations()]);
  const queryClient = new QueryClient();
  // The unfiltered first page, under the key the client asks for before any filter is touched.
  queryClient.setQueryData(syncRunsQuery({}).queryKey, { pages: [firstPage], pageParams: [null] });
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SyncRunList canOperate={canOperate(actor)} />
      </HydrationBoundary>
    </>
  );
}
