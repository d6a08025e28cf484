import type { IyzicoWebhookEventType } from "@/lib/providers/iyzico/webhook-sample";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { handleIyzicoEvent } from "./reread-iyzico-payment";

// Signed or not, a notification only makes Köprü read the payment back from iyzico.
export const iyzicoWebhookHandlers: Record<IyzicoWebhookEventType, WebhookHandler> = {
  "CHECKOUT_FORM_AUTH.SUCCESS": handleIyzicoEvent,
  "CHECKOUT_FORM_AUTH.FAILURE": handleIyzicoEvent,
  "API_AUTH.SUCCESS": handleIyzicoEvent,
  "API_AUTH.FAILURE": handleIyzicoEvent,
  "THREE_DS_AUTH.SUCCESS": handleIyzicoEvent,
  "THREE_DS_AUTH.FAILURE": handleIyzicoEvent,
};
