import { z } from "zod";

/** Which `data.object.object` each event family carries (`charge.dispute.*` holds a dispute, not a charge). */
const OBJECT_BY_TYPE_PREFIX: readonly (readonly [string, string])[] = [
  ["payment_intent.", "payment_intent"],
  ["charge.dispute.", "dispute"],
  ["charge.refund.", "refund"],
  ["charge.", "charge"],
  ["refund.", "refund"],
];

export function expectedStripeObjectFor(eventType: string): string | undefined {
  return OBJECT_BY_TYPE_PREFIX.find(([prefix]) => eventType.startsWith(prefix))?.[1];
}

export const stripeEventSchema = z
  .looseObject({
    id: z.string().regex(/^evt_\w+$/, "Must be an evt_ id"),
    object: z.literal("event"),
    type: z.string().min(1),
    created: z.number().int(),
    livemode: z.boolean(),
    api_version: z.string().nullish(),
    data: z.looseObject({
      object: z.looseObject({ id: z.string().min(1), object: z.string().min(1) }),
      previous_attributes: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .superRefine((event, ctx) => {
    const expected = expectedStripeObjectFor(event.type);
    if (expected && event.data.object.object !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["data", "object", "object"],
        message: `Expected a ${expected} for ${event.type}`,
      });
    }
  });
export type StripeEventWire = z.infer<typeof stripeEventSchema>;
