import { TRENDYOL_WEBHOOK_PATH_ALIAS } from "@/lib/providers/trendyol/webhook";

/** Providers whose webhook URL may not name them (Trendyol refuses URLs containing "Trendyol"). */
const PATH_SEGMENTS: Record<string, string> = { trendyol: TRENDYOL_WEBHOOK_PATH_ALIAS };

/** The last segment of `/api/integrations/webhook/{segment}` for a provider. */
export function webhookPathSegment(providerId: string): string {
  return PATH_SEGMENTS[providerId] ?? providerId;
}

/** The provider a webhook path segment belongs to (the provider id itself is always accepted too). */
export function providerForWebhookPath(segment: string): string {
  return Object.entries(PATH_SEGMENTS).find(([, alias]) => alias === segment)?.[0] ?? segment;
}

export function webhookUrl(origin: string, providerId: string): string {
  return `${origin.replace(/\/+$/, "")}/api/integrations/webhook/${webhookPathSegment(providerId)}`;
}
