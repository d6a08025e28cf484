import { AppError } from "@/lib/errors";
import { requestSync } from "@/lib/sync/request-sync";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/**
 * A Hepsiburada call about new lines, a new package, a cancel, an unpack or an address change is a hint: queue an
 * orders_in sync, which re-reads open lines and packages and upserts them. A run already queued or running brings it.
 */
export const queueHepsiburadaOrdersSync: WebhookHandler = async ({ db, event }) => {
  try {
    const run = await requestSync({
      db,
      actor: null,
      integrationId: "hepsiburada",
      kind: "orders_in",
      trigger: "webhook",
    });
    return { outcome: "processed", note: `${event.eventType}: orders_in sync ${run.id} queued` };
  } catch (error) {
    if (!(error instanceof AppError) || error.details?.reason !== "already_active") throw error;
    if (error.details.run_id === undefined) throw error;
    return {
      outcome: "processed",
      note: `${event.eventType}: orders_in sync ${String(error.details.run_id)} is already queued or running`,
    };
  }
};
