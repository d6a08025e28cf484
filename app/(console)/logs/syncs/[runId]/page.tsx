import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { syncItemsQuery, syncRunQuery } from "@/components/sync/sync-queries";
import { SyncRunDetail } from "@/components/sync/sync-run-detail";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadSyncRunDetail } from "@/lib/sync/load-for-page";

type SyncRunPageProps = { params: Promise<{ runId: string }> };

export async function generateMetadata({ params }: SyncRunPageProps): Promise<Metadata> {
  const t = await getTranslations("syncUi.detail");
  return { title: t("title", { id: (await params).runId }) };
}

export default async function SyncRunPage({ params }: SyncRunPageProps) {
  const actor = await requirePageActor();
  const [detail, integrations] = await Promise.all([loadSyncRunDetail((await params).runId), loadIntegrations()]);
  if (!detail) notFound();

  const runId = detail.run.id;
  const queryClient = new QueryClient();
  queryClient.setQueryData(syncRunQuery(runId).queryKey, detail.run);
  // All items, oldest first: the table's key before "failed only" is ticked.
  queryClient.setQueryData(syncItemsQuery(runId).queryKey, { pages: [detail], pageParams: [null] });
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SyncRunDetail runId={runId} canEdit={canOperate(actor)} />
    </HydrationBoundary>
  );
}
