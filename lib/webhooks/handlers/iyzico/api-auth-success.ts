import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordIyzicoPayment } from "./record-iyzico-payment";

export const handleIyzicoApiAuthSuccess: WebhookHandler = (context) => recordIyzicoPayment(context, "succeeded");
