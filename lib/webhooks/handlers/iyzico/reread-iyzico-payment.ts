import { handleIyzicoNotification } from "@/lib/payments/handle-iyzico-notification";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";

/**
 * Signed or unsigned, a notification only makes Köprü read the payment back from iyzico. A test delivery from our own
 * button names a payment iyzico does not have, so it proves the path and changes nothing.
 */
export const handleIyzicoEvent: WebhookHandler = async ({ db, event, payload }) => {
  if (event.isTest) return { outcome: "processed", note: "test delivery: verified and stored; no payment read back" };
  return handleIyzicoNotification({ db, event, payload });
};
