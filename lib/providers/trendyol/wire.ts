import { z } from "zod";

// Trendyol's own payloads, with its field names. Loose objects where Trendyol sends far more than we read.

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

export const trendyolProductSchema = z.looseObject({
  barcode: z.string(),
  stockCode: z.string().nullish(),
  title: z.string(),
  description: z.string().nullish(),
  productMainId: z.string().nullish(),
  brand: z.string().nullish(),
  brandId: z.number().int().nullish(),
  categoryName: z.string().nullish(),
  pimCategoryId: z.number().int().nullish(),
  quantity: z.number(),
  salePrice: z.number(),
  listPrice: z.number(),
  vatRate: z.number(),
  currencyType: z.string().nullish(),
  images: z.array(z.looseObject({ url: z.string() })).nullish(),
  approved: z.boolean().nullish(),
  onSale: z.boolean().nullish(),
  locked: z.boolean().nullish(),
  archived: z.boolean().nullish(),
});
export type TrendyolProduct = z.infer<typeof trendyolProductSchema>;

export const productCreateItemSchema = z.object({
  barcode: z.string().min(1),
  title: z.string().min(1),
  productMainId: z.string().min(1),
  brandId: z.number().int(),
  categoryId: z.number().int(),
  quantity: z.number().int().min(0),
  stockCode: z.string(),
  dimensionalWeight: z.number().min(0),
  description: z.string(),
  currencyType: z.string(),
  listPrice: z.number(),
  salePrice: z.number(),
  vatRate: z.number(),
  cargoCompanyId: z.number().int(),
  images: z.array(z.object({ url: z.string() })),
  attributes: z.array(
    z.object({
      attributeId: z.number().int(),
      attributeValueId: z.number().int().optional(),
      customAttributeValue: z.string().optional(),
    }),
  ),
});
export type TrendyolProductCreateItem = z.infer<typeof productCreateItemSchema>;

export const priceInventoryItemSchema = z.object({
  barcode: z.string().min(1),
  quantity: z.number().int().min(0),
  salePrice: z.number(),
  listPrice: z.number(),
});
export type TrendyolPriceInventoryItem = z.infer<typeof priceInventoryItemSchema>;

export const batchRequestIdSchema = z.looseObject({ batchRequestId: z.string().min(1) });

export const batchResultSchema = z.looseObject({
  batchRequestId: z.string(),
  status: z.enum(["IN_PROGRESS", "COMPLETED"]),
  itemCount: z.number().int().nullish(),
  failedItemCount: z.number().int().nullish(),
  creationDate: z.number().nullish(),
  lastModification: z.number().nullish(),
  items: z
    .array(
      z.looseObject({
        requestItem: z.looseObject({ barcode: z.string().nullish(), stockCode: z.string().nullish() }),
        status: z.enum(["SUCCESS", "FAILED"]),
        failureReasons: z.array(z.string()).nullish(),
      }),
    )
    .default([]),
});
export type TrendyolBatchResult = z.infer<typeof batchResultSchema>;

const optionalText = z.string().nullish();
export const addressSchema = z.looseObject({
  firstName: optionalText,
  lastName: optionalText,
  fullName: optionalText,
  address1: optionalText,
  address2: optionalText,
  fullAddress: optionalText,
  district: optionalText,
  city: optionalText,
  postalCode: optionalText,
  countryCode: optionalText,
  phone: optionalText,
});
export type TrendyolAddress = z.infer<typeof addressSchema>;

export const shipmentPackageLineSchema = z.looseObject({
  id: z.number().int(),
  quantity: z.number().int(),
  merchantSku: optionalText,
  barcode: z.string(),
  productName: z.string(),
  price: z.number(),
  amount: z.number(),
  vatBaseAmount: z.number().nullish(),
  orderLineItemStatusName: optionalText,
});

export const shipmentPackageSchema = z.looseObject({
  id: z.number().int(),
  orderNumber: z.string(),
  status: z.string(),
  shipmentPackageStatus: optionalText,
  orderDate: z.number(),
  lastModifiedDate: z.number(),
  grossAmount: z.number(),
  totalPrice: z.number(),
  currencyCode: z.string(),
  customerFirstName: optionalText,
  customerLastName: optionalText,
  customerEmail: optionalText,
  shipmentAddress: addressSchema,
  invoiceAddress: addressSchema.nullish(),
  cargoProviderName: optionalText,
  cargoTrackingNumber: z.union([z.string(), z.number()]).nullish(),
  lines: z.array(shipmentPackageLineSchema),
  packageHistories: z.array(z.looseObject({ status: optionalText, createdDate: z.number().nullish() })).nullish(),
});
export type TrendyolShipmentPackage = z.infer<typeof shipmentPackageSchema>;

export const packageStatusBodySchema = z.object({
  lines: z.array(z.object({ lineId: z.number().int(), quantity: z.number().int().min(1) })),
  params: z.object({ invoiceNumber: z.string().optional() }),
  status: z.enum(["Picking", "Invoiced"]),
});
export type TrendyolPackageStatusBody = z.infer<typeof packageStatusBodySchema>;

export const trackingNumberBodySchema = z.object({ trackingNumber: z.string().min(1) });

export const errorBodySchema = z.looseObject({
  timestamp: z.union([z.number(), z.string()]).nullish(),
  exception: z.string().nullish(),
  errors: z
    .array(z.looseObject({ key: z.string().nullish(), message: z.string().nullish(), errorParams: z.unknown() }))
    .nullish(),
});
export type TrendyolErrorBody = z.infer<typeof errorBodySchema>;
