import { z } from "zod";
import { idSchema, moneySchema } from "./wire";

// The calls Hepsiburada makes under the base URL the merchant registered (fact sheet §7, "Sipariş Webhook Modeli").
// Bodies are read loosely: only the keys Köprü needs to re-read the order or package are required.

const text = z.string().nullish();

export const webhookOrderLinesSchema = z.looseObject({
  items: z
    .array(
      z.looseObject({
        id: idSchema,
        orderNumber: idSchema,
        merchantId: text,
        sku: text,
        quantity: z.number().int().nullish(),
        totalPrice: moneySchema.nullish(),
        lastStatusUpdateDate: text,
      }),
    )
    .min(1),
});

export const webhookPackageSchema = z.looseObject({
  packageNumber: idSchema,
  status: text,
  merchantId: text,
  items: z.array(z.looseObject({ lineItemId: idSchema })).nullish(),
});

export const webhookLineCancelSchema = z.looseObject({
  id: idSchema.nullish(),
  orderNumber: idSchema,
  merchantId: text,
  quantity: z.number().nullish(),
  cancelDate: text,
  cancelledBy: text,
  cancelReasonCode: idSchema.nullish(),
});

export const webhookPackageMoveSchema = z.looseObject({
  packageNumber: idSchema,
  merchantId: text,
  barcode: text,
  shippedDate: text,
  receivedDate: text,
  undeliveredDate: text,
  unpackedDate: text,
  trackingInfoCode: text,
  trackingInfoUrl: text,
  orderNumbers: z.array(idSchema).nullish(),
});

export const webhookShippingAddressSchema = z.looseObject({
  orderNumber: idSchema.nullish(),
  addressId: idSchema.nullish(),
  address: text,
  city: text,
  town: text,
  district: text,
});

export const webhookClaimSchema = z.looseObject({
  claimNumber: idSchema,
  status: text,
  orderNumber: idSchema.nullish(),
  claimDate: text,
  acceptedDate: text,
  line: z.looseObject({ lineItemId: idSchema.nullish(), merchantId: text, merchantSku: text }).nullish(),
});

export const HEPSIBURADA_WEBHOOK_EVENT_TYPES = [
  "order.created",
  "package.created",
  "line.cancelled",
  "package.in_transit",
  "package.delivered",
  "package.undelivered",
  "package.unpacked",
  "order.shipping_address_changed",
  "claim.awaiting_action",
  "claim.accepted",
  "claim.rejected",
] as const;
export type HepsiburadaWebhookEventType = (typeof HEPSIBURADA_WEBHOOK_EVENT_TYPES)[number];
