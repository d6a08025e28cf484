import { AppError } from "@/lib/errors";
import type { Order } from "@/db/schema";
import type { CreateShipmentInput } from "@/lib/providers/cargo";

/** Short, stable marketplace prefixes, so two marketplaces' package ids never meet in one carrier account. */
const PREFIX: Record<string, string> = { trendyol: "TY", hepsiburada: "HB", shopify: "SH" };

/**
 * The shipment's stable code at the carrier: marketplace prefix + package id (letters and digits only, ≤ 32). Chosen from
 * the order alone, so every retry, replay or second click names the same shipment and the carrier never gets two.
 */
export function shipmentCodeFor(order: Pick<Order, "integrationId" | "packageId">): string {
  const prefix = PREFIX[order.integrationId] ?? order.integrationId.slice(0, 2).toUpperCase();
  return `${prefix}${order.packageId}`.replace(/[^A-Za-z0-9]/g, "").slice(0, 32);
}

const REQUIRED = [
  ["fullName", "shipping_address.full_name"],
  ["address", "shipping_address.address"],
  ["city", "shipping_address.city"],
  ["district", "shipping_address.district"],
  ["phone", "shipping_address.phone"],
] as const;

/**
 * The shipment to create for an order, or 400 naming the first address field a carrier would refuse. `codAmountMinor`
 * is set by the caller when the order is unpaid (cash on delivery).
 */
export function shipmentFromOrder(order: Order, options: { codAmountMinor?: number } = {}): CreateShipmentInput {
  const address = order.shippingAddress ?? {};
  const value = (key: string) => (typeof address[key] === "string" ? address[key].trim() : "");
  for (const [key, field] of REQUIRED) {
    if (!value(key)) {
      throw new AppError("invalid_input", `The order's ${field} is missing; the carrier needs it`, {
        field,
        messageKey: "errors.shipment_field_missing",
        params: { field },
      });
    }
  }
  if (value("phone").replace(/\D/g, "").length < 10) {
    throw new AppError("invalid_input", "The order's shipping_address.phone is not a 10-digit phone number", {
      field: "shipping_address.phone",
      messageKey: "errors.shipment_phone_invalid",
      params: { field: "shipping_address.phone" },
    });
  }
  const pieceCount = 1;
  return {
    integrationCode: shipmentCodeFor(order),
    reference: order.remoteOrderNumber,
    recipient: {
      fullName: value("fullName"),
      address: value("address"),
      district: value("district"),
      city: value("city"),
      postalCode: value("postalCode") || null,
      phone: value("phone"),
      email: order.customerEmail,
    },
    pieceCount,
    desi: 1,
    codAmountMinor: options.codAmountMinor,
  };
}
