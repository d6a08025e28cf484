import { upsertPayment, type PaymentStatus } from "@/lib/payments/upsert-payment";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { upsertNote } from "../upsert-note";
import { stripeEventTime, stripePaymentIntentEventSchema } from "@/lib/providers/stripe/transform";

type PaymentError = { code?: string | null; decline_code?: string | null; message?: string | null };

function describePaymentError(error: PaymentError | null | undefined): string | null {
  if (!error) return null;
  if (error.message) return error.message;
  const code = error.code ?? "payment_error";
  return error.decline_code ? `${code} (${error.decline_code})` : code;
}

/** A payment_intent.* event carries the whole intent, so it states every payment fact it has. */
export async function recordPaymentIntent(
  context: WebhookHandlerContext,
  status: PaymentStatus,
): Promise<WebhookHandlerResult> {
  const event = parsePayload(stripePaymentIntentEventSchema, context.payload, "Stripe payment_intent");
  const intent = event.data.object;
  const outcome = await upsertPayment({
    db: context.db,
    payment: {
      provider: "stripe",
      remoteId: intent.id,
      status,
      remoteUpdatedAt: stripeEventTime(event),
      raw: event,
      orderRef: intent.metadata?.order_id ?? null,
      amountKurus: intent.amount,
      currency: intent.currency,
      failureMessage: describePaymentError(intent.last_payment_error),
    },
  });
  return { outcome: "processed", note: upsertNote(`payment ${intent.id}`, outcome) };
}
