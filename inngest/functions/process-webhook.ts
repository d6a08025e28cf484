import { NonRetriableError } from "inngest";
import { getDb } from "@/db/client";
import { processClaimedWebhookEvent, startWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import { inngest } from "../client";
import { webhookReceived } from "../events";

/**
 * Processes one stored webhook event; a failed handler throws so Inngest retries it (5 attempts in all). A payload of
 * an unexpected shape fails at once: retrying cannot change it, a replay after an upgrade can.
 */
export const processWebhook = inngest.createFunction(
  {
    id: "process-webhook",
    triggers: [webhookReceived],
    retries: 4,
    concurrency: [{ key: "event.data.provider", limit: 5 }],
  },
  async ({ event, step }) => {
    const db = await getDb();
    const result = await step.run("process-event", async () => {
      const claimed = await startWebhookEvent(db, event.data.webhookEventId);
      if (!claimed) return { status: "gone" as const };
      return processClaimedWebhookEvent({ db, event: claimed, scheduleRetry: false });
    });
    if (result.status === "gone")
      throw new NonRetriableError(`Webhook event ${event.data.webhookEventId} is not pending`);
    if (result.status === "failed" && result.retriable === false)
      throw new NonRetriableError(result.error ?? "webhook payload not understood");
    if (result.status === "failed") throw new Error(result.error ?? "webhook handler failed");
    return result;
  },
);
