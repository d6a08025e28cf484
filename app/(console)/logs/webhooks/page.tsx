import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { WebhookEventList } from "@/components/webhooks/webhook-event-list";
import { webhooksQuery } from "@/components/webhooks/webhook-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadFirstWebhookPage } from "@/lib/webhooks/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhookLogs"))("title") };
}

export default async function WebhookLogsPage() {
  const actor = await requirePageActor();
  const [firstPage, integrations] = await Promise.all([loadFirstWebhookPage(), loadIntegrations()]);
  const queryClient = new QueryClient();
  // The unfiltered first page, under the key the client asks for before any filter is touched.
  queryClient.setQueryData(webhooksQuery({}).queryKey, { pages: [firstPage], pageParams: [null] });
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <WebhookEventList canEdit={canOperate(actor)} />
    </HydrationBoundary>
  );
}
