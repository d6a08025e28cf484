import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordIyzicoPayment } from "./record-iyzico-payment";

export const handleIyzicoThreeDsAuthFailure: WebhookHandler = (context) => recordIyzicoPayment(context, "failed");
