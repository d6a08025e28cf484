import { handleIyzicoNotification } from "@/lib/payments/handle-iyzico-notification";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/** Signed or unsigned, a notification only makes Köprü read the payment back from iyzico. */
export const handleIyzicoEvent: WebhookHandler = ({ db, event, payload }) =>
  handleIyzicoNotification({ db, event, payload });
