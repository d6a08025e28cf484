import type { IyzicoWebhookEventType } from "@/lib/providers/iyzico/webhook-sample";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordIyzicoPayment } from "./record-iyzico-payment";

const succeeded: WebhookHandler = (context) => recordIyzicoPayment(context, "succeeded");
const failed: WebhookHandler = (context) => recordIyzicoPayment(context, "failed");

export const iyzicoWebhookHandlers: Record<IyzicoWebhookEventType, WebhookHandler> = {
  "CHECKOUT_FORM_AUTH.SUCCESS": succeeded,
  "CHECKOUT_FORM_AUTH.FAILURE": failed,
  "API_AUTH.SUCCESS": succeeded,
  "API_AUTH.FAILURE": failed,
  "THREE_DS_AUTH.SUCCESS": succeeded,
  "THREE_DS_AUTH.FAILURE": failed,
};
