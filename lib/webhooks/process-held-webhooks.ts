import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, webhookEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { handOffWebhookEvent, type WebhookDispatch } from "./hand-off-webhook";
import { appendTimeline } from "./timeline";

const BATCH = 500;

const held = (integrationId: string) =>
  and(eq(webhookEvents.integrationId, integrationId), eq(webhookEvents.status, "skipped"));

/** How many verified deliveries arrived while the integration was inactive and wait to be processed. */
export async function countHeldWebhooks(options: { db: Db; integrationId: string }): Promise<number> {
  const [row] = await options.db
    .select({ value: sql<number>`count(*)::int` })
    .from(webhookEvents)
    .where(held(options.integrationId));
  return row?.value ?? 0;
}

/**
 * Queues every held (`skipped`) delivery of an active integration for processing, oldest first, and hands each to
 * the runner. Idempotent: a delivery already queued is no longer held, so a second call finds nothing to do.
 */
export async function processHeldWebhooks(options: {
  db: Db;
  actor: Actor;
  integrationId: string;
  dispatch?: WebhookDispatch;
}): Promise<{ queued: number }> {
  const { db, actor, integrationId } = options;
  const [integration] = await db.select().from(integrations).where(eq(integrations.id, integrationId)).limit(1);
  if (!integration)
    throw new AppError("not_found", `${integrationId} is not configured`, {
      messageKey: "errors.integration_not_configured",
      params: { provider: integrationId },
    });
  if (!integration.isActive)
    throw new AppError("conflict", "Activate the integration before processing its held deliveries", {
      reason: "inactive",
      messageKey: "errors.integration_inactive_held",
      params: { integration: integrationId },
    });
  let queued = 0;
  for (;;) {
    const batch = await db
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(held(integrationId))
      .orderBy(webhookEvents.id)
      .limit(BATCH);
    if (batch.length === 0) break;
    const events = await db
      .update(webhookEvents)
      .set({
        status: "received",
        generation: sql`${webhookEvents.generation} + 1`,
        timeline: appendTimeline("received", `held delivery released by ${actor.email}`),
      })
      .where(
        and(
          inArray(
            webhookEvents.id,
            batch.map((row) => row.id),
          ),
          eq(webhookEvents.status, "skipped"),
        ),
      )
      .returning({ id: webhookEvents.id, provider: webhookEvents.provider, generation: webhookEvents.generation });
    for (const event of events) await handOffWebhookEvent({ db, event, dispatch: options.dispatch });
    queued += events.length;
  }
  if (queued > 0)
    await recordAudit({
      db,
      actor,
      action: "webhook.held_processed",
      targetType: "integration",
      targetId: integrationId,
      details: { count: queued },
    });
  return { queued };
}
