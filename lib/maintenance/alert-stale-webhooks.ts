import { and, inArray, lt, min, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { raiseAlertOnce } from "@/lib/webhooks/handlers/raise-alert-once";

export const STALE_WEBHOOK_DAYS = 7;
const UNRESOLVED = ["received", "processing", "failed"] as const;

/**
 * Raises one alert per provider with events answered 2xx but still unresolved after a week: they are never purged,
 * so someone has to replay or look at them. Keyed by the oldest such event, so the alert is not repeated every day
 * for the same backlog, and a new backlog after this one is resolved alerts again. Returns the alerts raised.
 */
export async function alertStaleWebhooks(options: { db: Db; now?: Date }): Promise<number> {
  const { db } = options;
  const cutoff = new Date((options.now ?? new Date()).getTime() - STALE_WEBHOOK_DAYS * 86_400_000);
  const stale = await db
    .select({ provider: webhookEvents.provider, count: sql<number>`count(*)::int`, oldestId: min(webhookEvents.id) })
    .from(webhookEvents)
    .where(and(inArray(webhookEvents.status, UNRESOLVED), lt(webhookEvents.receivedAt, cutoff)))
    .groupBy(webhookEvents.provider);
  let raised = 0;
  for (const group of stale) {
    const isNew = await raiseAlertOnce({
      db,
      integrationId: group.provider,
      source: "webhooks.unresolved",
      key: `${group.provider}:${group.oldestId}`,
      message: `${group.count} ${group.provider} webhook events are unresolved after ${STALE_WEBHOOK_DAYS} days; replay or inspect them in the webhook log`,
      details: {
        messageKey: "errors.webhooks_unresolved",
        params: { provider: group.provider, count: group.count, days: STALE_WEBHOOK_DAYS },
        count: group.count,
        oldest_event_id: group.oldestId,
      },
    });
    if (isNew) raised += 1;
  }
  return raised;
}
