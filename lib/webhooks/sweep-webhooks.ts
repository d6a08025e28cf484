import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { handOffWebhookEvent, type WebhookDispatch } from "./hand-off-webhook";

export const SWEEP_AFTER_MS = 60_000;

/**
 * Re-dispatches events still `received` a minute after arrival: their hand-off failed or was lost with the process.
 * Dispatch ids are stable within a generation, so an event whose first send did arrive is not processed twice.
 */
export async function sweepWebhooks(options: {
  db: Db;
  now?: Date;
  dispatch?: WebhookDispatch;
  limit?: number;
}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - SWEEP_AFTER_MS);
  const stale = await options.db
    .select({ id: webhookEvents.id, provider: webhookEvents.provider, generation: webhookEvents.generation })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.status, "received"), lt(webhookEvents.receivedAt, cutoff)))
    .orderBy(webhookEvents.id)
    .limit(options.limit ?? 500);
  let dispatched = 0;
  for (const event of stale)
    if (await handOffWebhookEvent({ db: options.db, event, dispatch: options.dispatch })) dispatched += 1;
  return dispatched;
}
