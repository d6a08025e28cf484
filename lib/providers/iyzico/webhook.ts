import { createHmac } from "node:crypto";
import type { IyzicoCredentials } from "@/lib/providers/iyzico/config";
import { iyzicoEventType, iyzicoWebhookSchema, type IyzicoWebhook } from "@/lib/providers/iyzico/wire";
import { safeEqual } from "@/lib/providers/safe-equal";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

/** Sent only once iyzico enables it for the merchant; V1/V2 signature headers are no longer supported by iyzico. */
export const IYZICO_SIGNATURE_HEADER = "x-iyz-signature-v3";

/**
 * The signed text is plain concatenation, starting with the secret itself:
 * direct `secretKey + iyziEventType + paymentId + paymentConversationId + status`,
 * hosted page `secretKey + iyziEventType + iyziPaymentId + token + paymentConversationId + status`.
 */
function signedText(secretKey: string, payload: IyzicoWebhook): string {
  const paymentPart =
    payload.token === undefined ? (payload.paymentId ?? "") : `${payload.iyziPaymentId ?? ""}${payload.token}`;
  return `${secretKey}${payload.iyziEventType}${paymentPart}${payload.paymentConversationId}${payload.status}`;
}

/** `X-IYZ-SIGNATURE-V3` = lowercase hex HMAC-SHA256 keyed with `secret_key`; a configured `merchant_id` must match. */
export function verifyIyzicoWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<IyzicoCredentials, "secret_key" | "merchant_id">;
  now?: Date;
}): WebhookVerification {
  const given = input.headers.get(IYZICO_SIGNATURE_HEADER)?.trim().toLowerCase();
  if (!given) return { ok: false, reason: "missing" };
  const parsed = parseJsonBody(input.rawBody, iyzicoWebhookSchema);
  if (!parsed.ok) return { ok: false, reason: "mismatch" };
  const { secret_key: secretKey, merchant_id: merchantId } = input.credentials;
  const expected = createHmac("sha256", secretKey).update(signedText(secretKey, parsed.data), "utf8").digest("hex");
  const signatureOk = safeEqual(expected, given);
  const merchantOk = !merchantId || merchantId === parsed.data.merchantId;
  return signatureOk && merchantOk ? { ok: true } : { ok: false, reason: "mismatch" };
}

/**
 * iyzico sends no event id, so the id is `paymentId:iyziEventType:status` (hosted page: `iyziPaymentId`): a retry of
 * the same notification dedupes, a new state of the same payment does not. Without a payment id, no event id: the
 * intake dedupes on the body hash.
 */
export function parseIyzicoWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const parsed = parseJsonBody(input.rawBody, iyzicoWebhookSchema);
  if (!parsed.ok) return parsed;
  const payload = parsed.data;
  const paymentId = payload.paymentId ?? payload.iyziPaymentId;
  return {
    ok: true,
    eventId: paymentId ? `${paymentId}:${payload.iyziEventType}:${payload.status}` : null,
    eventType: iyzicoEventType(payload),
    payload,
  };
}
