import Stripe from "stripe";
import type { StripeCredentials } from "@/lib/providers/stripe/config";
import { stripeEventSchema } from "@/lib/providers/stripe/wire";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

export const STRIPE_SIGNATURE_HEADER = "stripe-signature";
export const STRIPE_TOLERANCE_SECONDS = 300;

/** Only the webhook helpers are used; they never make a network call, so the key is a placeholder. */
const stripe = new Stripe("sk_unused");

/**
 * `Stripe-Signature: t=…,v1=…` verified by the SDK (`${t}.${rawBody}`, HMAC-SHA256, any v1 may match, 300 s tolerance).
 * A future `t` passes, as in the SDK. A valid signature over a non-JSON body verifies; parsing reports it.
 */
export function verifyStripeWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<StripeCredentials, "webhook_secret">;
  now?: Date;
}): WebhookVerification {
  const header = input.headers.get(STRIPE_SIGNATURE_HEADER)?.trim();
  if (!header) return { ok: false, reason: "missing" };
  const receivedAt = (input.now ?? new Date()).getTime();
  try {
    stripe.webhooks.constructEvent(
      input.rawBody,
      header,
      input.credentials.webhook_secret,
      STRIPE_TOLERANCE_SECONDS,
      undefined,
      receivedAt,
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: true };
    const isStale = error instanceof Error && error.message.startsWith("Timestamp outside the tolerance zone");
    return { ok: false, reason: isStale ? "stale" : "mismatch" };
  }
}

export function parseStripeWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const parsed = parseJsonBody(input.rawBody, stripeEventSchema);
  if (!parsed.ok) return parsed;
  return { ok: true, eventId: parsed.data.id, eventType: parsed.data.type, payload: parsed.data };
}
