import { AppError } from "@/lib/errors";
import { requestSync } from "@/lib/sync/request-sync";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";

/**
 * A marketplace package push is a hint: queue an orders_in sync, which re-reads packages from the marketplace and
 * upserts them. When one is already queued or running, that run (or the next scheduled one) brings the change: still
 * processed. When the integration was deactivated after the push arrived, the event fails, to be replayed later.
 */
export async function queueOrdersSync({ db, event }: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  try {
    const run = await requestSync({
      db,
      actor: null,
      integrationId: event.integrationId ?? event.provider,
      kind: "orders_in",
      trigger: "webhook",
    });
    return { outcome: "processed", note: `orders_in sync ${run.id} queued` };
  } catch (error) {
    if (!(error instanceof AppError) || error.details?.reason !== "already_active") throw error;
    // The active run finished between the refused insert and the look-up: retry, and the retry queues a fresh run.
    if (error.details.run_id === undefined) throw error;
    return {
      outcome: "processed",
      note: `orders_in sync ${String(error.details.run_id)} is already queued or running`,
    };
  }
}
