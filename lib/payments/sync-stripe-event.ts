import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { payments } from "@/db/schema";
import type { StripeAdapter } from "@/lib/providers/stripe";
import { recordProviderPayment } from "./record-provider-payment";
import { raisePaymentAlert } from "./raise-payment-alert";

const eventSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  data: z.looseObject({
    object: z.looseObject({
      id: z.string(),
      object: z.string(),
      payment_intent: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
    }),
  }),
});

const intentIdOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

/**
 * Converges Köprü on what Stripe says now about the object an event names: the event is a hint, the object is
 * re-read with the pinned client (events may be rendered in an older API version). A new dispute also raises an
 * alert on the order, once per dispute. Used by the webhook handler and by the missed-event recovery alike.
 */
export async function syncStripeEvent(options: {
  db: Db;
  adapter: StripeAdapter;
  event: unknown;
  source: "webhook" | "recovery";
}) {
  const { db, adapter } = options;
  const event = eventSchema.parse(options.event);
  const object = event.data.object;
  let paymentIntentId: string | null = null;
  let dispute: Awaited<ReturnType<StripeAdapter["retrieveDispute"]>> | null = null;
  if (object.object === "payment_intent") paymentIntentId = object.id;
  else if (object.object === "charge") paymentIntentId = intentIdOf(object.payment_intent);
  else if (object.object === "refund") paymentIntentId = (await adapter.retrieveRefund(object.id)).paymentIntentId;
  else if (object.object === "dispute") {
    dispute = await adapter.retrieveDispute(object.id);
    paymentIntentId = dispute.paymentRemoteId;
  }
  if (!paymentIntentId)
    return { outcome: "ignored" as const, note: `${object.object} ${object.id} is not tied to a payment intent` };

  if (dispute) {
    await db
      .update(payments)
      .set({ disputeStatus: dispute.status, updatedAt: new Date() })
      .where(and(eq(payments.provider, "stripe"), eq(payments.remoteId, paymentIntentId)));
  }
  const row = await recordProviderPayment({
    db,
    payment: await adapter.retrievePayment(paymentIntentId),
    source: options.source,
    type: event.type,
    detail: {
      event: event.id,
      ...(dispute
        ? {
            dispute: dispute.remoteId,
            dispute_status: dispute.status,
            due_by: dispute.evidenceDueBy?.toISOString() ?? null,
          }
        : {}),
    },
  });
  if (dispute && event.type === "charge.dispute.created") {
    await raisePaymentAlert({
      db,
      provider: "stripe",
      key: dispute.remoteId,
      message: `Stripe dispute opened on payment ${paymentIntentId}`,
      details: {
        messageKey: "errors.payments.dispute_opened",
        order_ref: row.orderRef,
        payment_id: row.id,
        dispute_id: dispute.remoteId,
        reason: dispute.reason,
        amount: dispute.amountMinor,
        currency: dispute.currency,
        due_by: dispute.evidenceDueBy?.toISOString() ?? null,
      },
    });
  }
  return { outcome: "processed" as const, note: `payment ${paymentIntentId} read from Stripe: ${row.status}` };
}
