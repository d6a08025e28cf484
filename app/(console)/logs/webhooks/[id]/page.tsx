import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WebhookEventDetailView } from "@/components/webhooks/webhook-event-detail";
import { requirePageActor } from "@/lib/auth/page-guard";

type WebhookEventPageProps = { params: Promise<{ id: string }> };

const parseEventId = (value: string) => (/^\d{1,10}$/.test(value) && Number(value) > 0 ? Number(value) : null);

export async function generateMetadata({ params }: WebhookEventPageProps): Promise<Metadata> {
  const t = await getTranslations("webhookUi.detail");
  return { title: t("title", { id: (await params).id }) };
}

export default async function WebhookEventPage({ params }: WebhookEventPageProps) {
  const actor = await requirePageActor();
  const id = parseEventId((await params).id);
  if (id === null) notFound();
  return <WebhookEventDetailView id={id} canEdit={actor.role === "admin"} />;
}
