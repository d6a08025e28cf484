import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WebhookEventList } from "@/components/webhooks/webhook-event-list";
import { requirePageActor } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhookLogs"))("title") };
}

export default async function WebhookLogsPage() {
  const actor = await requirePageActor();
  return <WebhookEventList canEdit={actor.role === "admin"} />;
}
