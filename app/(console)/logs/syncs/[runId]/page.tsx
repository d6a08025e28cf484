import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SyncRunDetail } from "@/components/sync/sync-run-detail";
import { requirePageActor } from "@/lib/auth/page-guard";

type SyncRunPageProps = { params: Promise<{ runId: string }> };

const parseRunId = (value: string) => (/^\d{1,10}$/.test(value) && Number(value) > 0 ? Number(value) : null);

export async function generateMetadata({ params }: SyncRunPageProps): Promise<Metadata> {
  const t = await getTranslations("syncUi.detail");
  return { title: t("title", { id: (await params).runId }) };
}

export default async function SyncRunPage({ params }: SyncRunPageProps) {
  const actor = await requirePageActor();
  const runId = parseRunId((await params).runId);
  if (runId === null) notFound();
  return <SyncRunDetail runId={runId} canEdit={actor.role === "admin"} />;
}
