import { z } from "zod";
import { providerIdSchema } from "@/lib/providers/webhook-parse";

/**
 * Shopify webhook bodies are REST-shaped resources: snake_case, numeric `id`, plus the GraphQL id to re-fetch by. Ids
 * exceed 2^53 (the test notification sends 820982911946154508): they are read as decimal strings, never as numbers.
 */
const gid = (type: string) =>
  z.string().regex(new RegExp(`^gid://shopify/${type}/\\d+`), `Must be a gid://shopify/${type}/… id`);

export const shopifyOrderWebhookSchema = z.looseObject({
  id: providerIdSchema,
  admin_graphql_api_id: gid("Order"),
  name: z.string(),
  updated_at: z.string(),
  currency: z.string().optional(),
  total_price: z.string().optional(),
  line_items: z
    .array(z.looseObject({ id: providerIdSchema, sku: z.string().nullish(), quantity: z.number().int() }))
    .optional(),
});

export const shopifyProductWebhookSchema = z.looseObject({
  id: providerIdSchema,
  admin_graphql_api_id: gid("Product"),
  updated_at: z.string().optional(),
  title: z.string().optional(),
});

export const shopifyRefundWebhookSchema = z.looseObject({
  id: providerIdSchema,
  order_id: providerIdSchema,
  admin_graphql_api_id: gid("Refund"),
});

export const shopifyCustomerWebhookSchema = z.looseObject({
  id: providerIdSchema,
  admin_graphql_api_id: gid("Customer"),
});

export const shopifyInventoryLevelWebhookSchema = z.looseObject({
  inventory_item_id: providerIdSchema,
  location_id: providerIdSchema,
  available: z.number().int().nullable(),
  updated_at: z.string(),
});

export const shopifyShopWebhookSchema = z.looseObject({
  id: providerIdSchema,
  domain: z.string().optional(),
});

export const shopifyComplianceWebhookSchema = z.looseObject({ shop_id: providerIdSchema, shop_domain: z.string() });

/** Payload schema for a topic (`orders/create` → order); unknown topics only need to be a JSON object. */
export function shopifyWebhookSchemaFor(topic: string): z.ZodType<Record<string, unknown>> {
  const family = topic.split("/")[0];
  if (topic === "customers/data_request" || topic === "customers/redact" || topic === "shop/redact") {
    return shopifyComplianceWebhookSchema;
  }
  switch (family) {
    case "orders":
      return shopifyOrderWebhookSchema;
    case "products":
      return topic === "products/delete" ? z.looseObject({ id: providerIdSchema }) : shopifyProductWebhookSchema;
    case "refunds":
      return shopifyRefundWebhookSchema;
    case "customers":
      return shopifyCustomerWebhookSchema;
    case "inventory_levels":
      return shopifyInventoryLevelWebhookSchema;
    case "app":
      return shopifyShopWebhookSchema;
    default:
      return z.looseObject({});
  }
}
