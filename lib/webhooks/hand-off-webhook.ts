import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { dispatchWebhookEvent } from "@/lib/runner/dispatch";
import { describeError } from "@/lib/sync/run-lifecycle";
import { appendTimeline } from "./timeline";

export type WebhookDispatch = (event: { id: number; provider: string; generation?: number }) => Promise<void>;

/**
 * Hands a committed event to the active runner, after the response went out. A failed hand-off is noted on the row
 * and never surfaces to the provider: the event stays `received`, and the sweeper dispatches it again.
 */
export async function handOffWebhookEvent(options: {
  db: Db;
  event: { id: number; provider: string; generation?: number };
  dispatch?: WebhookDispatch;
}): Promise<boolean> {
  const dispatch = options.dispatch ?? dispatchWebhookEvent;
  try {
    await dispatch(options.event);
    return true;
  } catch (error) {
    const note = `hand-off failed: ${describeError(error)}`;
    console.warn(`[köprü] webhook ${options.event.id}: ${note}`);
    await options.db
      .update(webhookEvents)
      .set({ timeline: appendTimeline("received", note) })
      .where(eq(webhookEvents.id, options.event.id))
      .catch(() => {});
    return false;
  }
}
