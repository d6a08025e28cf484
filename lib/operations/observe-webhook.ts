import type { Db } from "@/db/client";
import type { WebhookEvent, WebhookStatus } from "@/db/schema";
import { recordFailure } from "@/lib/issues/record-failure";
import { recordSuccess } from "@/lib/issues/record-success";
import { getMetrics } from "@/lib/metrics/metrics";
import { safely } from "./safely";

/** What the intake answered a delivery, counted by provider and outcome (never blocks the response). */
export function observeWebhookDelivery(provider: string, status: number, body: Record<string, unknown>): void {
  const outcome =
    typeof body.error === "string"
      ? body.error
      : body.duplicate
        ? "duplicate"
        : body.skipped
          ? "skipped"
          : status < 300
            ? "accepted"
            : String(status);
  getMetrics().webhookDeliveries.inc({ provider, outcome });
}

/** A stored event was processed: a failure goes into the issue for its event type; a success resolves that issue. */
export const observeWebhookProcessed = (
  db: Db,
  event: Pick<WebhookEvent, "id" | "provider" | "integrationId" | "eventType">,
  status: WebhookStatus,
  error?: string,
) =>
  safely("a webhook outcome", async () => {
    getMetrics().webhookProcessed.inc({ provider: event.provider, result: status });
    const integrationId = event.integrationId ?? event.provider;
    const operation = event.eventType ?? "unknown";
    if (status === "failed")
      await recordFailure({
        db,
        integrationId,
        kind: "webhook",
        operation,
        message: error ?? "failed",
        webhookEventId: event.id,
        dedupeKey: `${event.id}:${error ?? ""}`.slice(0, 300),
      });
    else if (status === "processed") await recordSuccess({ db, integrationId, kinds: ["webhook"], operation });
  });
