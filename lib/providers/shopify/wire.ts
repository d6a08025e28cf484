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
      return topic === "orders/delete" ? z.looseObject({ id: providerIdSchema }) : shopifyOrderWebhookSchema;
    case "fulfillments":
      return z.looseObject({ id: providerIdSchema, order_id: providerIdSchema });
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

// Admin GraphQL API: the envelope and the nodes Köprü reads. Ids are GID strings, money is a decimal string.

export const throttleStatusSchema = z.object({
  maximumAvailable: z.number(),
  currentlyAvailable: z.number(),
  restoreRate: z.number(),
});

export const costSchema = z.looseObject({
  requestedQueryCost: z.number().nullish(),
  actualQueryCost: z.number().nullish(),
  throttleStatus: throttleStatusSchema.optional(),
});

export const graphqlErrorSchema = z.looseObject({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  extensions: z
    .looseObject({
      code: z.string().optional(),
      requiredAccess: z.string().optional(),
      documentation: z.string().optional(),
    })
    .optional(),
});

export const graphqlEnvelopeSchema = z.looseObject({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z.array(graphqlErrorSchema).optional(),
  extensions: z.looseObject({ cost: costSchema.optional() }).optional(),
});
export type GraphqlEnvelope = z.infer<typeof graphqlEnvelopeSchema>;
export type GraphqlError = z.infer<typeof graphqlErrorSchema>;

export const userErrorSchema = z.looseObject({
  field: z.array(z.string()).nullish(),
  message: z.string(),
  code: z.string().nullish(),
});
export type UserError = z.infer<typeof userErrorSchema>;

export const pageInfoSchema = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

export const connectionOf = <T extends z.ZodType>(node: T) =>
  z.object({ nodes: z.array(node), pageInfo: pageInfoSchema });

const moneySetSchema = z.object({ shopMoney: z.object({ amount: z.string(), currencyCode: z.string() }) });

export const locationSchema = z.object({
  id: z.string(),
  name: z.string(),
  isActive: z.boolean(),
  fulfillsOnlineOrders: z.boolean().optional(),
});
export type ShopifyLocation = z.infer<typeof locationSchema>;

export const variantSchema = z.object({
  id: z.string(),
  sku: z.string().nullable(),
  barcode: z.string().nullable().optional(),
  price: z.string(),
  compareAtPrice: z.string().nullable().optional(),
  inventoryItem: z.object({ id: z.string() }),
});
export type ShopifyVariant = z.infer<typeof variantSchema>;

export const productSchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  status: z.string(),
  updatedAt: z.string().optional(),
  variants: z.object({ nodes: z.array(variantSchema) }),
});
export type ShopifyProduct = z.infer<typeof productSchema>;

export const inventoryLevelItemSchema = z.object({
  id: z.string(),
  inventoryLevel: z
    .object({ quantities: z.array(z.object({ name: z.string(), quantity: z.number().int() })) })
    .nullable(),
});

const addressSchema = z.looseObject({
  name: z.string().nullish(),
  address1: z.string().nullish(),
  address2: z.string().nullish(),
  city: z.string().nullish(),
  province: z.string().nullish(),
  zip: z.string().nullish(),
  countryCodeV2: z.string().nullish(),
  phone: z.string().nullish(),
});
export type ShopifyAddress = z.infer<typeof addressSchema>;

export const customerSchema = z.object({
  id: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  defaultEmailAddress: z.object({ emailAddress: z.string().nullish() }).nullish(),
  defaultPhoneNumber: z.object({ phoneNumber: z.string().nullish() }).nullish(),
  updatedAt: z.string().optional(),
});
export type ShopifyCustomer = z.infer<typeof customerSchema>;

export const orderLineSchema = z.object({
  id: z.string(),
  sku: z.string().nullable(),
  name: z.string(),
  quantity: z.number().int(),
  currentQuantity: z.number().int(),
  originalUnitPriceSet: moneySetSchema,
  variant: z.object({ id: z.string(), barcode: z.string().nullish() }).nullable(),
});

export const orderSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  cancelledAt: z.string().nullable(),
  displayFinancialStatus: z.string().nullable(),
  displayFulfillmentStatus: z.string(),
  currencyCode: z.string(),
  email: z.string().nullish(),
  currentTotalPriceSet: moneySetSchema,
  customer: customerSchema.nullable(),
  shippingAddress: addressSchema.nullable(),
  lineItems: z.object({ nodes: z.array(orderLineSchema) }),
});
export type ShopifyOrder = z.infer<typeof orderSchema>;

export const fulfillmentOrderSchema = z.object({
  id: z.string(),
  status: z.string(),
  lineItems: z.object({
    nodes: z.array(
      z.object({ id: z.string(), remainingQuantity: z.number().int(), lineItem: z.object({ id: z.string() }) }),
    ),
  }),
});

export const bulkOperationSchema = z.object({
  id: z.string(),
  status: z.enum(["CREATED", "RUNNING", "COMPLETED", "FAILED", "CANCELING", "CANCELED", "EXPIRED"]),
  errorCode: z.string().nullish(),
  objectCount: z.union([z.string(), z.number()]).nullish(),
  url: z.string().nullish(),
  partialDataUrl: z.string().nullish(),
});
export type BulkOperation = z.infer<typeof bulkOperationSchema>;
