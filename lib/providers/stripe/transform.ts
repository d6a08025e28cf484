import { z } from "zod";

/** The envelope of a Stripe event around `data.object`; the intake's schema has already checked id and type. */
function stripeEvent<T extends z.ZodType>(object: T) {
  return z.looseObject({
    id: z.string(),
    type: z.string(),
    created: z.number().int(),
    data: z.looseObject({ object }),
  });
}

// Stripe amounts are already in the currency's minor unit: kuruş for TRY.
const money = { amount: z.number().int(), currency: z.string().transform((value) => value.toUpperCase()) };

export const stripePaymentIntentEventSchema = stripeEvent(
  z.looseObject({
    id: z.string(),
    object: z.literal("payment_intent"),
    ...money,
    metadata: z.record(z.string(), z.string()).nullish(),
    last_payment_error: z
      .looseObject({ code: z.string().nullish(), decline_code: z.string().nullish(), message: z.string().nullish() })
      .nullish(),
  }),
);

export const stripeChargeEventSchema = stripeEvent(
  z.looseObject({
    id: z.string(),
    object: z.literal("charge"),
    ...money,
    amount_refunded: z.number().int(),
    payment_intent: z.string().nullish(),
  }),
);

export const stripeDisputeEventSchema = stripeEvent(
  z.looseObject({
    id: z.string(),
    object: z.literal("dispute"),
    ...money,
    charge: z.string(),
    payment_intent: z.string().nullish(),
    reason: z.string(),
    status: z.string(),
    evidence_details: z.looseObject({ due_by: z.number().int().nullish() }).nullish(),
  }),
);

/** Stripe's `created` is the time of the event in Unix seconds: the "newer wins" clock for payments. */
export function stripeEventTime(event: { created: number }): Date {
  return new Date(event.created * 1000);
}
