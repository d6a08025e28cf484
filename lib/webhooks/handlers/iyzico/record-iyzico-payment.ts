import { upsertPayment } from "@/lib/payments/upsert-payment";
import { iyzicoWebhookSchema } from "@/lib/providers/iyzico/wire";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { upsertNote } from "../upsert-note";

/**
 * An iyzico notification names the payment and its outcome, nothing more (no amount): it sets the status and keeps
 * what a fuller source stored. `iyziEventTime` (ms) orders notifications; without it, the time we received it does.
 */
export async function recordIyzicoPayment(
  context: WebhookHandlerContext,
  status: "succeeded" | "failed",
): Promise<WebhookHandlerResult> {
  const notification = parsePayload(iyzicoWebhookSchema, context.payload, "iyzico notification");
  const remoteId = notification.paymentId ?? notification.iyziPaymentId;
  if (!remoteId) return { outcome: "ignored", note: "notification names no payment id" };
  const outcome = await upsertPayment({
    db: context.db,
    payment: {
      provider: "iyzico",
      remoteId,
      status,
      remoteUpdatedAt:
        notification.iyziEventTime === undefined ? context.event.receivedAt : new Date(notification.iyziEventTime),
      raw: context.payload,
      orderRef: notification.paymentConversationId || undefined,
      failureMessage:
        status === "failed" ? `iyzico reported ${notification.iyziEventType} ${notification.status}` : null,
    },
  });
  return { outcome: "processed", note: upsertNote(`payment ${remoteId}`, outcome) };
}
