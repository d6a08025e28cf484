import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApiVersionNotice } from "@/components/integrations/api-version-notice";
import { HepsiburadaWebhookTicket } from "@/components/integrations/hepsiburada-webhook-ticket";
import { HeldWebhooksPanel } from "@/components/integrations/held-webhooks-panel";
import { IntegrationOperations } from "@/components/integrations/integration-operations";
import { IntegrationSettingsForm } from "@/components/integrations/integration-settings-form";
import { IntegrationStatusBadge } from "@/components/integrations/integration-status-badge";
import { integrationQuery } from "@/components/integrations/integration-queries";
import { RegisterWebhookPanel } from "@/components/integrations/register-webhook-panel";
import { WebhookCredentialsPanel } from "@/components/integrations/webhook-credentials-panel";
import { WebhookTools } from "@/components/integrations/webhook-tools";
import { WebhookUrl } from "@/components/integrations/webhook-url";
import { IyzicoSignaturePanel } from "@/components/payments/iyzico-signature-panel";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canAdminister, canOperate } from "@/lib/auth/permissions";
import { publicOrigin } from "@/lib/http/public-origin";
import { loadIntegration } from "@/lib/integrations/load-for-page";
import { loadIyzicoNotificationState } from "@/lib/payments/load-for-page";
import { getProvider, runnableSyncKinds } from "@/lib/providers/registry";
import { webhookUrl } from "@/lib/providers/webhook-path";

type IntegrationPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: IntegrationPageProps): Promise<Metadata> {
  return { title: getProvider((await params).id)?.displayName };
}

export default async function IntegrationPage({ params }: IntegrationPageProps) {
  const { id } = await params;
  const actor = await requirePageActor();
  const provider = getProvider(id);
  const integration = provider ? await loadIntegration(id, actor) : null;
  if (!provider || !integration) notFound();

  const t = await getTranslations("integrations");
  const generatedFields = provider.credentialFields.filter((field) => field.generated).map((field) => field.name);
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
      {provider.apiVersion && (
        <ApiVersionNotice
          provider={provider.displayName}
          pinned={provider.apiVersion}
          served={integration.settings.served_api_version}
        />
      )}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <IntegrationSettingsForm
          id={id}
          fields={provider.credentialFields}
          syncKinds={runnableSyncKinds(provider)}
          canEdit={canAdminister(actor)}
        />
        <IntegrationOperations id={id} canEdit={canOperate(actor)} />
        {provider.webhook && (
          <>
            <HeldWebhooksPanel id={id} canEdit={canOperate(actor)} />
            {id === "hepsiburada" ? (
              <HepsiburadaWebhookTicket baseUrl={webhookUrl(publicOrigin(await headers()), id)} />
            ) : (
              <WebhookUrl url={webhookUrl(publicOrigin(await headers()), id)} />
            )}
            {generatedFields.length > 0 && (
              <WebhookCredentialsPanel id={id} fieldNames={generatedFields} canEdit={canAdminister(actor)} />
            )}
            {id === "trendyol" && <RegisterWebhookPanel id={id} canEdit={canAdminister(actor)} />}
            <WebhookTools id={id} canTest={canOperate(actor)} canConfigure={canAdminister(actor)} />
          </>
        )}
        {id === "iyzico" && (
          <IyzicoSignaturePanel initial={await loadIyzicoNotificationState()} canEdit={canAdminister(actor)} />
        )}
      </HydrationBoundary>
    </div>
  );
}
