import { z } from "zod";

const numericId = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, "Must be numeric")])
  .transform(String);

/**
 * iyzico merchant notification. Direct (API, 3DS) deliveries carry `paymentId`; hosted-page (checkout form,
 * pay-with-iyzico) deliveries add `token` and `iyziPaymentId`. Subscription notifications are a third, unconfirmed
 * format and are not accepted here.
 */
export const iyzicoWebhookSchema = z
  .looseObject({
    iyziEventType: z.string().min(1),
    iyziEventTime: z.number().int().optional(),
    iyziReferenceCode: z.string().optional(),
    merchantId: numericId,
    paymentId: numericId.optional(),
    iyziPaymentId: numericId.optional(),
    paymentConversationId: z
      .string()
      .nullish()
      .transform((value) => value ?? ""),
    status: z.string().min(1),
    token: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.token !== undefined && value.iyziPaymentId === undefined) {
      ctx.addIssue({ code: "custom", path: ["iyziPaymentId"], message: "Required for hosted-page notifications" });
    }
    if (value.token === undefined && value.paymentId === undefined) {
      ctx.addIssue({ code: "custom", path: ["paymentId"], message: "Required" });
    }
  });
export type IyzicoWebhook = z.infer<typeof iyzicoWebhookSchema>;

/** Our event type: iyzico's own `iyziEventType` and `status`, e.g. `CHECKOUT_FORM_AUTH.SUCCESS`, `API_AUTH.FAILURE`. */
export function iyzicoEventType(payload: Pick<IyzicoWebhook, "iyziEventType" | "status">): string {
  return `${payload.iyziEventType}.${payload.status}`;
}
