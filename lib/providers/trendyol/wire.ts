import { z } from "zod";

// Trendyol's own payloads, with its current (2026) field names. Loose objects where Trendyol sends far more than we
// read. Ids are read as strings: the client parses bodies losslessly, so a number past 2^53 arrives as a string.

/** An id Trendyol sends as a JSON number (int64) or, past 2^53 or in newer payloads, as a string. */
export const idSchema = z.union([z.string().min(1), z.number().int()]).transform(String);
const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();

export function pagedSchema<T>(item: z.ZodType<T>) {
  return z.looseObject({
    page: z.number().int(),
    size: z.number().int(),
    totalPages: z.number().int(),
    totalElements: z.number().int(),
    content: z.array(item),
  });
}
export type Paged<T> = { page: number; size: number; totalPages: number; totalElements: number; content: T[] };

export function streamPageSchema<T>(item: z.ZodType<T>) {
  return z.looseObject({
    hasMore: z.boolean(),
    nextCursor: z.string().nullish(),
    size: z.number().int().nullish(),
    content: z.array(item),
  });
}

// ---- Orders (shipment packages) ----

/**
 * The 08.12.2025 rename (fact sheet §5.3). The one place old names are understood: a body still carrying them is
 * rewritten to the current names before validation; a current name always wins over its old one.
 */
const OLD_PACKAGE_NAMES: Record<string, string> = {
  id: "shipmentPackageId",
  merchantId: "sellerId",
  grossAmount: "packageGrossAmount",
  totalDiscount: "packageSellerDiscount",
  totalTyDiscount: "packageTyDiscount",
  totalPrice: "packageTotalPrice",
};
const OLD_LINE_NAMES: Record<string, string> = {
  id: "lineId",
  merchantSku: "stockCode",
  merchantId: "sellerId",
  amount: "lineGrossAmount",
  price: "lineUnitPrice",
  discount: "lineSellerDiscount",
  tyDiscount: "lineTyDiscount",
  productCode: "contentId",
  vatBaseAmount: "vatRate",
};
const OLD_DISCOUNT_DETAIL_NAMES: Record<string, string> = { lineItemDiscount: "lineItemSellerDiscount" };

function renamed(value: unknown, names: Record<string, string>): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  for (const [oldName, newName] of Object.entries(names)) {
    if (!(oldName in source)) continue;
    delete out[oldName];
    if (source[newName] === undefined) out[newName] = source[oldName];
  }
  return out;
}

export function withCurrentPackageNames(value: unknown): unknown {
  const pkg = renamed(value, OLD_PACKAGE_NAMES);
  if (typeof pkg !== "object" || pkg === null) return pkg;
  const lines = (pkg as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return pkg;
  return {
    ...pkg,
    lines: lines.map((line) => {
      const current = renamed(line, OLD_LINE_NAMES) as Record<string, unknown>;
      const details = current.discountDetails;
      return Array.isArray(details)
        ? { ...current, discountDetails: details.map((detail) => renamed(detail, OLD_DISCOUNT_DETAIL_NAMES)) }
        : current;
    }),
  };
}

export const addressSchema = z.looseObject({
  firstName: optionalText,
  lastName: optionalText,
  fullName: optionalText,
  company: optionalText,
  address1: optionalText,
  address2: optionalText,
  fullAddress: optionalText,
  district: optionalText,
  city: optionalText,
  postalCode: optionalText,
  countryCode: optionalText,
  phone: optionalText,
  taxOffice: optionalText,
  taxNumber: optionalText,
});
export type TrendyolAddress = z.infer<typeof addressSchema>;

export const packageLineSchema = z.looseObject({
  lineId: idSchema,
  quantity: z.number().int(),
  stockCode: optionalText,
  barcode: z.string(),
  productName: z.string(),
  contentId: idSchema.nullish(),
  lineUnitPrice: z.number(),
  lineGrossAmount: optionalNumber,
  lineSellerDiscount: optionalNumber,
  lineTyDiscount: optionalNumber,
  lineTotalDiscount: optionalNumber,
  vatRate: optionalNumber,
  currencyCode: optionalText,
  orderLineItemStatusName: optionalText,
  cancelReason: optionalText,
});
export type TrendyolPackageLine = z.infer<typeof packageLineSchema>;

const currentPackageSchema = z.looseObject({
  shipmentPackageId: idSchema,
  orderNumber: idSchema,
  status: z.string(),
  shipmentPackageStatus: optionalText,
  orderDate: z.number(),
  lastModifiedDate: z.number(),
  packageGrossAmount: optionalNumber,
  packageTotalDiscount: optionalNumber,
  packageTotalPrice: z.number(),
  currencyCode: z.string(),
  customerFirstName: optionalText,
  customerLastName: optionalText,
  customerEmail: optionalText,
  shipmentAddress: addressSchema,
  invoiceAddress: addressSchema.nullish(),
  commercial: z.boolean().nullish(),
  cargoProviderName: optionalText,
  cargoTrackingNumber: idSchema.nullish(),
  cargoTrackingLink: optionalText,
  invoiceLink: optionalText,
  invoiceNumber: optionalText,
  createdBy: optionalText,
  originPackageIds: z.array(idSchema).nullish(),
  lines: z.array(packageLineSchema),
  packageHistories: z.array(z.looseObject({ status: optionalText, createdDate: optionalNumber })).nullish(),
});

/** A shipment package in current names; old-name bodies are accepted and rewritten first. */
export const shipmentPackageSchema = z.preprocess(withCurrentPackageNames, currentPackageSchema);
export type TrendyolShipmentPackage = z.infer<typeof currentPackageSchema>;

export const packageStatusBodySchema = z.object({
  lines: z.array(z.object({ lineId: z.union([z.number().int(), z.string()]), quantity: z.number().int().min(1) })),
  params: z.looseObject({ invoiceNumber: z.string().optional() }),
  status: z.enum(["Picking", "Invoiced"]),
});
export type TrendyolPackageStatusBody = z.infer<typeof packageStatusBodySchema>;

export const unsuppliedBodySchema = z.object({
  lines: z.array(z.object({ lineId: z.union([z.number().int(), z.string()]), quantity: z.number().int().min(1) })),
  reasonId: z.number().int(),
});

export const alternativeDeliveryBodySchema = z.object({
  isPhoneNumber: z.boolean(),
  trackingInfo: z.string().min(1),
  params: z.looseObject({}),
  boxQuantity: z.number().int().optional(),
  deci: z.number().optional(),
});

export const invoiceLinkBodySchema = z.object({
  invoiceLink: z.url(),
  shipmentPackageId: z.union([z.number().int(), z.string()]),
  invoiceDateTime: z.number().optional(),
  invoiceNumber: z.string().optional(),
});

// ---- Claims (returns) ----

const claimItemSchema = z.looseObject({
  id: idSchema,
  claimItemStatus: z.looseObject({ name: z.string() }),
  customerClaimItemReason: z.looseObject({ name: optionalText }).nullish(),
  customerNote: optionalText,
  note: optionalText,
});

const currentClaimSchema = z.looseObject({
  claimId: idSchema,
  orderNumber: idSchema,
  orderShipmentPackageId: idSchema.nullish(),
  claimDate: z.number(),
  lastModifiedDate: optionalNumber,
  cargoTrackingNumber: idSchema.nullish(),
  cargoProviderName: optionalText,
  items: z.array(
    z.looseObject({
      orderLine: z.looseObject({
        lineId: idSchema.nullish(),
        barcode: optionalText,
        productName: optionalText,
        merchantSku: optionalText,
        stockCode: optionalText,
        lineUnitPrice: optionalNumber,
        price: optionalNumber,
      }),
      claimItems: z.array(claimItemSchema),
    }),
  ),
});

/** Claims renamed root `id` → `claimId` and line `id` → `lineId` on 08.12.2025; old names accepted here only. */
function withCurrentClaimNames(value: unknown): unknown {
  const claim = renamed(value, { id: "claimId" }) as { items?: unknown };
  if (typeof claim !== "object" || claim === null || !Array.isArray(claim.items)) return claim;
  return {
    ...claim,
    items: claim.items.map((item: { orderLine?: unknown }) =>
      typeof item === "object" && item !== null
        ? { ...item, orderLine: renamed(item.orderLine, { id: "lineId" }) }
        : item,
    ),
  };
}
export const claimSchema = z.preprocess(withCurrentClaimNames, currentClaimSchema);
export type TrendyolClaim = z.infer<typeof currentClaimSchema>;

export const claimIssueReasonSchema = z.looseObject({ id: z.number().int(), name: z.string() });

export const claimApproveBodySchema = z.object({
  claimLineItemIdList: z.array(z.string().min(1)).min(1),
  params: z.looseObject({}),
});

// ---- Products (V2) ----

const attributeSchema = z.union([
  z.object({ attributeId: z.number().int(), attributeValueIds: z.array(z.number().int()).min(1) }),
  z.object({ attributeId: z.number().int(), attributeValue: z.string().min(1) }),
  // The create guide's singular form; Köprü sends the plural one (fact sheet [?]), the fake accepts both.
  z.object({ attributeId: z.number().int(), attributeValueId: z.number().int() }),
  z.object({ attributeId: z.number().int(), customAttributeValue: z.string().min(1) }),
]);
export type TrendyolAttribute = z.infer<typeof attributeSchema>;

export const productV2ItemSchema = z.object({
  barcode: z.string().min(1),
  title: z.string().min(1),
  productMainId: z.string().min(1),
  brandId: z.number().int(),
  categoryId: z.number().int(),
  quantity: z.number().int().min(0),
  stockCode: z.string().optional(),
  dimensionalWeight: z.number().min(0).optional(),
  description: z.string().min(1),
  listPrice: z.number(),
  salePrice: z.number(),
  vatRate: z.number(),
  images: z.array(z.object({ url: z.string() })),
  attributes: z.array(attributeSchema),
  deliveryOption: z.object({ deliveryDuration: z.number().int().min(0) }).optional(),
  origin: z.string().length(2).optional(),
});
export type TrendyolProductV2Item = z.infer<typeof productV2ItemSchema>;

export const contentUpdateItemSchema = z.object({
  contentId: z.union([z.number().int(), z.string()]),
  title: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  images: z.array(z.object({ url: z.string() })).optional(),
  attributes: z.array(attributeSchema),
});
export type TrendyolContentUpdateItem = z.infer<typeof contentUpdateItemSchema>;

export const variantUpdateItemSchema = z.object({
  barcode: z.string().min(1),
  stockCode: z.string().optional(),
  vatRate: z.number().optional(),
  dimensionalWeight: z.number().optional(),
});
export type TrendyolVariantUpdateItem = z.infer<typeof variantUpdateItemSchema>;

export const priceInventoryItemSchema = z.object({
  barcode: z.string().min(1),
  quantity: z.number().int().min(0).optional(),
  salePrice: z.number().optional(),
  listPrice: z.number().optional(),
});
export type TrendyolPriceInventoryItem = z.infer<typeof priceInventoryItemSchema>;

export const batchRequestIdSchema = z.looseObject({ batchRequestId: idSchema });

export const batchResultSchema = z.looseObject({
  batchRequestId: idSchema,
  // Price/stock batches have no top-level status: judge them by their items.
  status: z.string().nullish(),
  itemCount: z.number().int().nullish(),
  failedItemCount: z.number().int().nullish(),
  batchRequestType: optionalText,
  items: z
    .array(
      z.looseObject({
        requestItem: z.looseObject({
          barcode: optionalText,
          stockCode: optionalText,
          contentId: idSchema.nullish(),
        }),
        status: z.string().nullish(),
        failureReasons: z.array(z.string()).nullish(),
      }),
    )
    .nullish()
    .transform((items) => items ?? []),
});
export type TrendyolBatchResult = z.infer<typeof batchResultSchema>;

export const productStateSchema = z.looseObject({
  barcode: z.string(),
  approved: z.boolean(),
  archived: z.boolean().nullish(),
  contentId: idSchema.nullish(),
});

export const approvedContentSchema = z.looseObject({
  contentId: idSchema,
  productMainId: optionalText,
  title: z.string(),
  description: optionalText,
  brand: z.union([z.string(), z.looseObject({ id: idSchema.nullish(), name: optionalText })]).nullish(),
  category: z.union([z.string(), z.looseObject({ id: idSchema.nullish(), name: optionalText })]).nullish(),
  images: z.array(z.looseObject({ url: z.string() })).nullish(),
  vatRate: optionalNumber,
  variants: z.array(
    z.looseObject({
      barcode: z.string(),
      stockCode: optionalText,
      quantity: optionalNumber,
      price: z.looseObject({ salePrice: z.number(), listPrice: z.number() }).nullish(),
      vatRate: optionalNumber,
    }),
  ),
});
export type TrendyolApprovedContent = z.infer<typeof approvedContentSchema>;

export const approvedPageSchema = pagedSchema(approvedContentSchema).extend({ nextPageToken: optionalText });

// ---- Lookups: categories, brands, attributes ----

export type TrendyolCategoryNode = {
  id: number;
  name: string;
  parentId?: number | null;
  subCategories: TrendyolCategoryNode[];
};
export const categoryNodeSchema: z.ZodType<TrendyolCategoryNode> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    parentId: z.number().int().nullish(),
    subCategories: z.array(categoryNodeSchema).default([]),
  }),
);
export const categoryTreeSchema = z.looseObject({ categories: z.array(categoryNodeSchema) });

export const brandSchema = z.looseObject({ id: z.number().int(), name: z.string() });
export const brandPageSchema = z.looseObject({ brands: z.array(brandSchema) });

export const categoryAttributesSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().nullish(),
  categoryAttributes: z.array(
    z.looseObject({
      attribute: z.looseObject({ id: z.number().int(), name: z.string() }),
      required: z.boolean(),
      allowCustom: z.boolean(),
      varianter: z.boolean().nullish(),
      slicer: z.boolean().nullish(),
      allowMultipleAttributeValues: z.boolean().nullish(),
    }),
  ),
});
export type TrendyolCategoryAttributes = z.infer<typeof categoryAttributesSchema>;

export const attributeValueSchema = z.looseObject({
  attributeValueId: z.number().int(),
  attributeValueName: z.string(),
});

// ---- Webhook subscriptions ----

export const webhookSubscriptionBodySchema = z.object({
  url: z.url(),
  authenticationType: z.enum(["BASIC_AUTHENTICATION", "API_KEY"]),
  username: z.string().optional(),
  password: z.string().optional(),
  apiKey: z.string().optional(),
  subscribedStatuses: z.array(z.string()).optional(),
});
export type TrendyolWebhookSubscriptionBody = z.infer<typeof webhookSubscriptionBodySchema>;

export const webhookSubscriptionSchema = z.looseObject({
  id: idSchema,
  url: z.string(),
  authenticationType: z.string().nullish(),
  status: z.string().nullish(),
  subscribedStatuses: z.array(z.string()).nullish(),
});

// ---- Errors ----

export const errorBodySchema = z.looseObject({
  timestamp: z.union([z.number(), z.string()]).nullish(),
  exception: z.string().nullish(),
  // The order reference's `{error, message}` shape.
  error: z.string().nullish(),
  message: z.string().nullish(),
  errors: z
    .array(z.looseObject({ key: z.string().nullish(), message: z.string().nullish(), errorParams: z.unknown() }))
    .nullish(),
});
export type TrendyolErrorBody = z.infer<typeof errorBodySchema>;
