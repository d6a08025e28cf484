import { createHmac, randomInt, randomUUID } from "node:crypto";
import type { IyzicoCredentials } from "@/lib/providers/iyzico/config";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

/** `iyziEventType.status`; checkout-form events use the hosted-page format (with `token`), the rest the direct one. */
export const IYZICO_WEBHOOK_EVENT_TYPES = [
  "CHECKOUT_FORM_AUTH.SUCCESS",
  "CHECKOUT_FORM_AUTH.FAILURE",
  "API_AUTH.SUCCESS",
  "API_AUTH.FAILURE",
  "THREE_DS_AUTH.SUCCESS",
  "THREE_DS_AUTH.FAILURE",
] as const;
export type IyzicoWebhookEventType = (typeof IYZICO_WEBHOOK_EVENT_TYPES)[number];

function hmacHex(secretKey: string, parts: string[]): string {
  return createHmac("sha256", secretKey)
    .update(secretKey + parts.join(""), "utf8")
    .digest("hex");
}

/** A notification as iyzico sends it, signed in the `X-IYZ-SIGNATURE-V3` scheme with the merchant's secret key. */
export function buildSampleIyzicoWebhook(
  eventType: IyzicoWebhookEventType,
  credentials: Pick<IyzicoCredentials, "secret_key" | "merchant_id">,
): SampleWebhook {
  const [iyziEventType = "", status = ""] = eventType.split(".");
  const paymentId = randomInt(20_000_000, 99_999_999);
  const conversationId = `kopru-${randomUUID()}`;
  const base = {
    paymentConversationId: conversationId,
    merchantId: Number(credentials.merchant_id || 3397040),
    paymentId,
    status,
    iyziReferenceCode: randomUUID(),
    iyziEventType,
    iyziEventTime: Date.now(),
  };
  const isHostedPage = iyziEventType.startsWith("CHECKOUT_FORM");
  const token = randomUUID();
  const payload = isHostedPage ? { ...base, iyziPaymentId: paymentId, token } : base;
  const signature = isHostedPage
    ? hmacHex(credentials.secret_key, [iyziEventType, String(paymentId), token, conversationId, status])
    : hmacHex(credentials.secret_key, [iyziEventType, String(paymentId), conversationId, status]);
  return {
    body: JSON.stringify(payload),
    headers: { "content-type": "application/json", "x-iyz-signature-v3": signature },
  };
}
