import { z } from "zod";

/**
 * Webhook payloads Köprü accepts from Hepsiburada. Hepsiburada's public docs show no general signed webhook contract
 * (fact sheet [?]), so this shape is ours and lives only here: an `eventType` discriminator, the merchant GUID, an
 * optional delivery `eventId`, and the keys needed to re-fetch the order or listing.
 */
const base = {
  eventId: z.string().min(1).optional(),
  merchantId: z.string().regex(/^[0-9a-fA-F-]{36}$/, "Must be a merchant GUID"),
  occurredAt: z.string().optional(),
};

export const hepsiburadaOrderStatusChangedSchema = z.looseObject({
  ...base,
  eventType: z.literal("ORDER_STATUS_CHANGED"),
  orderNumber: z.string().min(1),
  packageNumber: z.string().min(1).optional(),
  lineItemId: z.string().min(1).optional(),
  status: z.string().min(1),
});

export const hepsiburadaProductUpdatedSchema = z
  .looseObject({
    ...base,
    eventType: z.literal("PRODUCT_UPDATED"),
    merchantSku: z.string().min(1).optional(),
    hepsiburadaSku: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.merchantSku && !value.hepsiburadaSku) {
      ctx.addIssue({ code: "custom", path: ["merchantSku"], message: "Required (merchantSku or hepsiburadaSku)" });
    }
  });

export const hepsiburadaWebhookSchema = z.discriminatedUnion("eventType", [
  hepsiburadaOrderStatusChangedSchema,
  hepsiburadaProductUpdatedSchema,
]);
export type HepsiburadaWebhook = z.infer<typeof hepsiburadaWebhookSchema>;

export const HEPSIBURADA_WEBHOOK_EVENT_TYPES = ["ORDER_STATUS_CHANGED", "PRODUCT_UPDATED"] as const;
export type HepsiburadaWebhookEventType = (typeof HEPSIBURADA_WEBHOOK_EVENT_TYPES)[number];
