import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IssueDetailView } from "@/components/issues/issue-detail";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadIssue } from "@/lib/issues/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("issues"))("title") };
}

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const [issue, integrations] = await Promise.all([loadIssue((await params).id), loadIntegrations()]);
  if (!issue) notFound();
  const name =
    integrations.find((integration) => integration.id === issue.integration)?.display_name ?? issue.integration;
  return <IssueDetailView issue={issue} integrationName={name} canEdit={canOperate(actor)} />;
}
