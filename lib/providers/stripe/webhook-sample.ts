import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import type { StripeCredentials } from "@/lib/providers/stripe/config";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

export const STRIPE_WEBHOOK_EVENT_TYPES = [
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "payment_intent.processing",
  "payment_intent.requires_action",
  "payment_intent.canceled",
  "charge.refunded",
  "charge.refund.updated",
  "charge.dispute.created",
  "charge.dispute.updated",
  "charge.dispute.closed",
  "refund.created",
  "refund.updated",
  "refund.failed",
] as const;
export type StripeWebhookEventType = (typeof STRIPE_WEBHOOK_EVENT_TYPES)[number];

const stripe = new Stripe("sk_unused");
const PAYMENT_INTENT_STATUS: Partial<Record<StripeWebhookEventType, string>> = {
  "payment_intent.succeeded": "succeeded",
  "payment_intent.payment_failed": "requires_payment_method",
};
const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

function sampleObject(type: StripeWebhookEventType, created: number): Record<string, unknown> {
  const paymentIntent = id("pi");
  const charge = id("ch");
  const money = { amount: 124990, currency: "try" };
  if (type.startsWith("payment_intent.")) {
    return {
      id: paymentIntent,
      object: "payment_intent",
      ...money,
      created,
      status: PAYMENT_INTENT_STATUS[type] ?? "canceled",
      latest_charge: charge,
      metadata: { order_id: "1001" },
      last_payment_error:
        type === "payment_intent.payment_failed"
          ? { code: "card_declined", decline_code: "insufficient_funds", type: "card_error" }
          : null,
    };
  }
  if (type.startsWith("charge.dispute.")) {
    return {
      id: id("dp"),
      object: "dispute",
      ...money,
      charge,
      payment_intent: paymentIntent,
      reason: "fraudulent",
      status: "needs_response",
      created,
    };
  }
  if (type.startsWith("refund.") || type.startsWith("charge.refund.")) {
    return {
      id: id("re"),
      object: "refund",
      ...money,
      charge,
      payment_intent: paymentIntent,
      status: type === "refund.failed" ? "failed" : "succeeded",
      created,
    };
  }
  return {
    id: charge,
    object: "charge",
    ...money,
    amount_refunded: money.amount,
    refunded: true,
    payment_intent: paymentIntent,
    created,
  };
}

/** A test-mode event of `eventType`, signed with the SDK's own test header helper. */
export function buildSampleStripeWebhook(
  eventType: StripeWebhookEventType,
  credentials: Pick<StripeCredentials, "webhook_secret">,
): SampleWebhook {
  const created = Math.floor(Date.now() / 1000);
  const event = {
    id: id("evt"),
    object: "event",
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    type: eventType,
    data: { object: sampleObject(eventType, created) },
    request: { id: null, idempotency_key: null },
  };
  const body = JSON.stringify(event);
  const signature = stripe.webhooks.generateTestHeaderString({
    payload: body,
    secret: credentials.webhook_secret,
    timestamp: created,
  });
  return { body, headers: { "content-type": "application/json", "stripe-signature": signature } };
}
