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

// Numbers in API replies are kept as the text iyzico sent (see parseIyzicoJson), so ids and prices never pass
// through a float; these coerce either form.
const text = z.union([z.string(), z.number()]).transform(String);
const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? null : String(value)));

/** Every reply: `status`, and on failure `errorCode`/`errorMessage`/`errorGroup`. */
export const iyzicoEnvelopeSchema = z.looseObject({
  status: z.enum(["success", "failure"]),
  errorCode: optionalText,
  errorMessage: z.string().nullish(),
  errorGroup: z.string().nullish(),
  locale: z.string().nullish(),
  systemTime: optionalText,
  conversationId: z.string().nullish(),
});

export const iyzicoItemTransactionSchema = z.looseObject({
  itemId: z.string(),
  paymentTransactionId: text,
  transactionStatus: optionalText,
  price: text,
  paidPrice: text,
});

/** Payment reply of auth, 3DS auth, checkout-form result and detail. */
export const iyzicoPaymentSchema = z.looseObject({
  paymentId: text,
  paymentStatus: z.string().nullish(),
  price: text,
  paidPrice: text,
  currency: z.string(),
  installment: optionalText,
  basketId: z.string().nullish(),
  conversationId: z.string().nullish(),
  fraudStatus: optionalText,
  cardType: z.string().nullish(),
  cardAssociation: z.string().nullish(),
  cardFamily: z.string().nullish(),
  binNumber: z.string().nullish(),
  lastFourDigits: z.string().nullish(),
  mdStatus: optionalText,
  token: z.string().nullish(),
  signature: z.string().nullish(),
  itemTransactions: z.array(iyzicoItemTransactionSchema).nullish(),
  errorCode: optionalText.optional(),
  errorMessage: z.string().nullish(),
  errorGroup: z.string().nullish(),
});
export type IyzicoPayment = z.infer<typeof iyzicoPaymentSchema>;

export const iyzicoThreeDsInitSchema = z.looseObject({
  paymentId: text,
  threeDSHtmlContent: z.string(),
  conversationId: z.string().nullish(),
  signature: z.string().nullish(),
});

export const iyzicoCheckoutFormInitSchema = z.looseObject({
  token: z.string(),
  paymentPageUrl: z.string(),
  checkoutFormContent: z.string().nullish(),
  tokenExpireTime: optionalText,
  conversationId: z.string().nullish(),
  signature: z.string().nullish(),
});

export const iyzicoRefundSchema = z.looseObject({
  paymentId: text,
  price: text,
  currency: z.string(),
  conversationId: z.string().nullish(),
  hostReference: z.string().nullish(),
  signature: z.string().nullish(),
});

export const iyzicoInstallmentSchema = z.looseObject({
  installmentDetails: z.array(
    z.looseObject({
      binNumber: z.string(),
      cardType: z.string().nullish(),
      cardAssociation: z.string().nullish(),
      cardFamilyName: z.string().nullish(),
      bankName: z.string().nullish(),
      force3ds: optionalText,
      installmentPrices: z.array(z.looseObject({ installmentNumber: text, installmentPrice: text, totalPrice: text })),
    }),
  ),
});

/** The form the bank page posts to our 3DS callback URL. */
export const iyzicoThreeDsCallbackSchema = z.object({
  status: z.string(),
  paymentId: z.string(),
  conversationData: z.string().optional().default(""),
  conversationId: z.string().optional().default(""),
  mdStatus: z.string().optional().default(""),
  signature: z.string().optional(),
});
export type IyzicoThreeDsCallback = z.infer<typeof iyzicoThreeDsCallbackSchema>;
