import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HeldWebhooksPanel } from "@/components/integrations/held-webhooks-panel";
import { IntegrationOperations } from "@/components/integrations/integration-operations";
import { IntegrationSettingsForm } from "@/components/integrations/integration-settings-form";
import { IntegrationStatusBadge } from "@/components/integrations/integration-status-badge";
import { integrationQuery } from "@/components/integrations/integration-queries";
import { WebhookTools } from "@/components/integrations/webhook-tools";
import { WebhookUrl } from "@/components/integrations/webhook-url";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getEnv } from "@/lib/env";
import { loadIntegration } from "@/lib/integrations/load-for-page";
import { getProvider, runnableSyncKinds } from "@/lib/providers/registry";

type IntegrationPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: IntegrationPageProps): Promise<Metadata> {
  return { title: getProvider((await params).id)?.displayName };
}

async function publicOrigin(): Promise<string> {
  const configured = getEnv().KOPRU_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  return `${list.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function IntegrationPage({ params }: IntegrationPageProps) {
  const { id } = await params;
  const actor = await requirePageActor();
  const provider = getProvider(id);
  const integration = provider ? await loadIntegration(id) : null;
  if (!provider || !integration) notFound();

  const t = await getTranslations("integrations");
  const queryClient = new QueryClient();
  queryClient.setQueryData(integrationQuery(id).queryKey, integration);
  return (
    <div className="space-y-6">
      <BackLink href="/integrations">{t("back")}</BackLink>
      <PageHeader
        title={integration.display_name}
        description={`${t(`kinds.${integration.kind}`)} · ${t(`descriptions.${integration.provider}`)}`}
        actions={<IntegrationStatusBadge status={integration.status} />}
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <IntegrationSettingsForm
          id={id}
          fields={provider.credentialFields}
          syncKinds={runnableSyncKinds(provider)}
          canEdit={actor.role === "admin"}
        />
        <IntegrationOperations id={id} canEdit={actor.role === "admin"} />
        {provider.webhook && (
          <>
            <HeldWebhooksPanel id={id} canEdit={actor.role === "admin"} />
            <WebhookUrl url={`${await publicOrigin()}/api/integrations/webhook/${id}`} />
            <WebhookTools id={id} canEdit={actor.role === "admin"} />
          </>
        )}
      </HydrationBoundary>
    </div>
  );
}
