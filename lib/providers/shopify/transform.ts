import { z } from "zod";
import type { MarketplaceOrder, MarketplaceOrderStatus } from "@/lib/providers/marketplace";
import { providerIdSchema } from "@/lib/providers/webhook-parse";

/** Shopify money is a decimal string ("1249.90") in the order's currency; Köprü keeps integer kuruş. */
const kurus = z
  .union([z.string().regex(/^-?\d+(\.\d+)?$/, "Must be a decimal amount"), z.number()])
  .transform((value) => Math.round(Number(value) * 100));
const date = z
  .string()
  .transform((value) => new Date(value))
  .refine((value) => !Number.isNaN(value.getTime()), "Must be a date");
const text = z.string().nullish();

const addressSchema = z.looseObject({
  name: text,
  first_name: text,
  last_name: text,
  address1: text,
  address2: text,
  city: text,
  province: text,
  zip: text,
  country_code: text,
  phone: text,
});

/** The REST order resource every orders/* topic delivers, read as far as Köprü stores it. */
export const shopifyOrderSchema = z.looseObject({
  id: providerIdSchema,
  name: z.string(),
  email: text,
  created_at: date.optional(),
  updated_at: date,
  cancelled_at: text,
  fulfillment_status: text,
  currency: z.string().default("TRY"),
  total_price: kurus.optional(),
  customer: z.looseObject({ first_name: text, last_name: text, email: text }).nullish(),
  shipping_address: addressSchema.nullish(),
  line_items: z
    .array(
      z.looseObject({
        id: providerIdSchema,
        sku: text,
        name: text,
        title: text,
        quantity: z.number().int(),
        price: kurus.optional(),
      }),
    )
    .default([]),
});
export type ShopifyOrder = z.infer<typeof shopifyOrderSchema>;

const joinNames = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");

/** Fulfilled is handed to the carrier; Shopify does not report delivery on the order. */
function toStatus(order: ShopifyOrder): MarketplaceOrderStatus {
  if (order.cancelled_at) return "cancelled";
  return order.fulfillment_status === "fulfilled" ? "shipped" : "created";
}

/** One Shopify order is one Köprü package: the package id is the Shopify order id. */
export function toMarketplaceOrder(order: ShopifyOrder): MarketplaceOrder {
  const address = order.shipping_address;
  const customerName = joinNames(order.customer?.first_name, order.customer?.last_name) || (address?.name ?? "");
  const lines = order.line_items.map((line) => {
    const unitPriceKurus = line.price ?? 0;
    return {
      lineId: String(line.id),
      sku: line.sku ?? "",
      barcode: "",
      name: line.name ?? line.title ?? line.sku ?? "",
      quantity: line.quantity,
      unitPriceKurus,
      amountKurus: unitPriceKurus * line.quantity,
    };
  });
  return {
    remoteOrderNumber: order.name,
    packageId: String(order.id),
    status: toStatus(order),
    orderDate: order.created_at ?? order.updated_at,
    lastModified: order.updated_at,
    customerName,
    customerEmail: order.email ?? order.customer?.email ?? null,
    address: {
      fullName: address?.name ?? (joinNames(address?.first_name, address?.last_name) || customerName),
      address: joinNames(address?.address1, address?.address2),
      // Turkish Shopify checkouts put the il in `province` and the ilçe in `city`.
      district: address?.province ? (address.city ?? null) : null,
      city: address?.province ?? address?.city ?? null,
      postalCode: address?.zip ?? null,
      countryCode: address?.country_code ?? null,
      phone: address?.phone ?? null,
    },
    currency: order.currency,
    totalKurus: order.total_price ?? lines.reduce((sum, line) => sum + line.amountKurus, 0),
    lines,
    raw: order,
  };
}
