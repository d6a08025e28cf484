import { z } from "zod";
import { idSchema, withCurrentPackageNames } from "./wire";

/** The fields of a pushed package needed to route, dedupe and re-read it; the rest passes through. */
const webhookPackageSchema = z.preprocess(
  withCurrentPackageNames,
  z
    .looseObject({
      shipmentPackageId: idSchema,
      orderNumber: idSchema,
      status: z.string().min(1).optional(),
      shipmentPackageStatus: z.string().min(1).optional(),
      lastModifiedDate: z.number().int().optional(),
      lines: z.array(z.looseObject({ lineId: idSchema, quantity: z.number().int() })).optional(),
    })
    .refine((pkg) => pkg.status !== undefined || pkg.shipmentPackageStatus !== undefined, {
      path: ["status"],
      message: "Required (status or shipmentPackageStatus)",
    }),
);
export type TrendyolWebhookPackage = z.infer<typeof webhookPackageSchema>;

/**
 * A delivery is the getShipmentPackages envelope `{totalElements, totalPages, page, size, content:[package]}`. A bare
 * package (the shape older pages describe) is read as an envelope of one; this is the only place that choice is made.
 */
export const trendyolWebhookEnvelopeSchema = z.preprocess(
  (value) =>
    typeof value === "object" && value !== null && !Array.isArray(value) && !("content" in value)
      ? { totalElements: 1, content: [value] }
      : value,
  z.looseObject({ totalElements: z.number().int().optional(), content: z.array(webhookPackageSchema).min(1) }),
);
export type TrendyolWebhookEnvelope = z.infer<typeof trendyolWebhookEnvelopeSchema>;

export const TRENDYOL_WEBHOOK_EVENT_TYPES = ["order.created", "order.status_changed", "order.cancelled"] as const;
export type TrendyolWebhookEventType = (typeof TRENDYOL_WEBHOOK_EVENT_TYPES)[number];

/**
 * Trendyol sends no event type, only the package status (webhook statuses are upper case, package statuses title
 * case). The one mapping: CREATED → order.created; CANCELLED, UNSUPPLIED → order.cancelled; any other status
 * (AWAITING, PICKING, INVOICED, SHIPPED, DELIVERED, UNDELIVERED, RETURNED, UNPACKED, AT_COLLECTION_POINT, VERIFIED)
 * → order.status_changed. Trendyol has no stock or product webhook.
 */
export function trendyolEventType(status: string): TrendyolWebhookEventType {
  const normalized = status.trim().toUpperCase();
  if (normalized === "CREATED") return "order.created";
  if (normalized === "CANCELLED" || normalized === "UNSUPPLIED") return "order.cancelled";
  return "order.status_changed";
}
