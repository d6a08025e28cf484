import { z } from "zod";
import { providerIdSchema } from "@/lib/providers/webhook-parse";

/**
 * A Trendyol webhook delivery is the full shipment package (the `getShipmentPackages` shape) for the statuses the
 * subscription lists. Only the fields needed to route and re-fetch are checked; the rest passes through.
 */
export const trendyolWebhookPackageSchema = z
  .looseObject({
    id: providerIdSchema.optional(),
    shipmentPackageId: providerIdSchema.optional(),
    orderNumber: z.union([z.string().min(1), z.number().int()]).transform(String),
    status: z.string().min(1).optional(),
    shipmentPackageStatus: z.string().min(1).optional(),
    lastModifiedDate: z.number().int().optional(),
    lines: z.array(z.looseObject({ id: providerIdSchema, quantity: z.number().int() })).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.id === undefined && value.shipmentPackageId === undefined) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "Required (id or shipmentPackageId)" });
    }
    if (value.status === undefined && value.shipmentPackageStatus === undefined) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "Required (status or shipmentPackageStatus)" });
    }
  });
export type TrendyolWebhookPackage = z.infer<typeof trendyolWebhookPackageSchema>;

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
