import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { WebhookEventDetailView } from "@/components/webhooks/webhook-event-detail";
import { webhookEventQuery } from "@/components/webhooks/webhook-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadWebhookEvent } from "@/lib/webhooks/load-for-page";

type WebhookEventPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: WebhookEventPageProps): Promise<Metadata> {
  const t = await getTranslations("webhookUi.detail");
  return { title: t("title", { id: (await params).id }) };
}

export default async function WebhookEventPage({ params }: WebhookEventPageProps) {
  const actor = await requirePageActor();
  const [event, integrations] = await Promise.all([loadWebhookEvent((await params).id), loadIntegrations()]);
  if (!event) notFound();

  const queryClient = new QueryClient();
  queryClient.setQueryData(webhookEventQuery(event.id).queryKey, event);
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <WebhookEventDetailView id={event.id} canEdit={canOperate(actor)} />
    </HydrationBoundary>
  );
}
