import { z } from "zod";

// Hepsiburada's own payloads, with its field names (fact sheet, late-2026 contract). Loose objects: Hepsiburada sends
// far more than Köprü reads. Ids may arrive as JSON numbers; the client parses numbers beyond 2^53 as strings, and
// these schemas turn every id into a string.

export const idSchema = z.union([z.string(), z.number()]).transform(String);
const text = z.string().nullish();
const count = z.number().int().nullish();

/** OMS money: `{currency:"TRY", amount:<number>}`. */
export const moneySchema = z.looseObject({ currency: z.string().nullish(), amount: z.number() });
export type HepsiburadaMoney = z.infer<typeof moneySchema>;

// Listings (listing-external)

export const listingSchema = z.looseObject({
  listingId: text,
  hepsiburadaSku: z.string(),
  merchantSku: z.string(),
  price: z.number().nullish(),
  availableStock: count,
  dispatchTime: count,
  maximumPurchasableQuantity: count,
  isSalable: z.boolean().nullish(),
  isSuspended: z.boolean().nullish(),
  isLocked: z.boolean().nullish(),
  isFrozen: z.boolean().nullish(),
  deactivationReasons: z.array(z.unknown()).nullish(),
});
export type HepsiburadaListing = z.infer<typeof listingSchema>;

export const listingsPageSchema = z.looseObject({
  totalCount: z.number().int(),
  limit: z.number().int().nullish(),
  offset: z.number().int().nullish(),
  listings: z.array(listingSchema),
});

export const UPLOAD_KINDS = ["price", "stock", "inventory"] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** One item of a price/stock/inventory upload: the listing is named by Hepsiburada SKU and/or merchant SKU. */
export const uploadItemSchema = z
  .object({
    hepsiburadaSku: z.string().min(1).optional(),
    merchantSku: z.string().min(1).optional(),
    price: z.number().optional(),
    availableStock: z.number().optional(),
    maximumPurchasableQuantity: z.number().optional(),
  })
  .refine((item) => item.hepsiburadaSku || item.merchantSku, "hepsiburadaSku or merchantSku is required");
export type UploadItem = z.infer<typeof uploadItemSchema>;

/** Some accounts see `Id` rather than `id` (fact sheet [?]); both are read here and nowhere else. */
export const uploadAcceptedSchema = z
  .looseObject({ id: idSchema.optional(), Id: idSchema.optional() })
  .refine((body) => body.id ?? body.Id, "id is missing")
  .transform((body) => ({ id: (body.id ?? body.Id)! }));

export const priceValidationSchema = z.looseObject({
  elementNo: z.number().int(),
  type: z.string().nullish(),
  minPrice: z.number().nullish(),
  maxPrice: z.number().nullish(),
  description: text,
});
export type HepsiburadaPriceValidation = z.infer<typeof priceValidationSchema>;

export const uploadStatusSchema = z.looseObject({
  id: idSchema.nullish(),
  /** An open set: `Done`, `Failed`, and in-flight values such as `Processing`/`PROCESSING`. */
  status: z.string(),
  createdAt: text,
  total: count,
  errors: z
    .array(
      z.looseObject({
        elementNo: z.number().int(),
        hepsiburadaSku: text,
        merchantSku: text,
        errors: z.array(z.string()).nullish(),
      }),
    )
    .nullish(),
  priceValidations: z.array(priceValidationSchema).nullish(),
});
export type HepsiburadaUploadStatus = z.infer<typeof uploadStatusSchema>;

// Orders, packages, claims (oms-external)

const addressSchema = z.looseObject({
  addressId: idSchema.nullish(),
  address: text,
  name: text,
  email: text,
  phoneNumber: text,
  countryCode: text,
  city: text,
  town: text,
  district: text,
  postalCode: text,
});

export const orderLineSchema = z.looseObject({
  id: idSchema,
  orderId: idSchema.nullish(),
  orderNumber: idSchema,
  orderDate: z.string(),
  lastStatusUpdateDate: text,
  sku: text,
  merchantSKU: text,
  name: text,
  quantity: z.number().int(),
  merchantId: text,
  totalPrice: moneySchema.nullish(),
  unitPrice: moneySchema.nullish(),
  customerName: text,
  shippingAddress: addressSchema.nullish(),
  status: text,
  packageNumber: idSchema.nullish(),
  barcode: text,
  productBarcode: text,
  isCancellable: z.boolean().nullish(),
});
export type HepsiburadaOrderLine = z.infer<typeof orderLineSchema>;

/** The `{items, limit, offset, pageCount, totalCount}` envelope of OMS lists (packages ready to ship excepted). */
export function omsPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    items: z.array(item),
    limit: z.number().int().nullish(),
    offset: z.number().int().nullish(),
    pageCount: z.number().int().nullish(),
    totalCount: z.number().int().nullish(),
  });
}

export const packageItemSchema = z.looseObject({
  lineItemId: idSchema,
  hbSku: text,
  merchantSku: text,
  quantity: z.number().int(),
  orderNumber: idSchema.nullish(),
  name: text,
  productName: text,
  price: moneySchema.nullish(),
  totalPrice: moneySchema.nullish(),
  unitPrice: moneySchema.nullish(),
});

export const packageSchema = z.looseObject({
  id: idSchema.nullish(),
  packageNumber: idSchema,
  barcode: text,
  status: text,
  cargoCompany: text,
  customerName: text,
  recipientName: text,
  orderDate: text,
  email: text,
  phoneNumber: text,
  shippingAddressDetail: text,
  shippingCountryCode: text,
  shippingCity: text,
  shippingTown: text,
  shippingDistrict: text,
  trackingInfoCode: text,
  trackingInfoUrl: text,
  items: z.array(packageItemSchema).nullish(),
});
export type HepsiburadaPackage = z.infer<typeof packageSchema>;

export const packageCreatedSchema = z.looseObject({ packageNumber: idSchema, barcode: text });

export const claimSchema = z.looseObject({
  claimNumber: idSchema,
  type: text,
  status: z.string(),
  quantity: count,
  orderNumber: idSchema.nullish(),
  explanation: text,
  claimDate: text,
  customerName: text,
  line: z
    .looseObject({
      lineItemId: idSchema.nullish(),
      hbSku: text,
      merchantSku: text,
      productName: text,
      price: moneySchema.nullish(),
    })
    .nullish(),
});
export type HepsiburadaClaim = z.infer<typeof claimSchema>;

/** Claim lists: the OMS envelope or a bare array (not pinned down by the sheet); both are read, here only. */
export const claimsPageSchema = z.union([
  omsPageSchema(claimSchema),
  z.array(claimSchema).transform((items) => ({ items, pageCount: null, totalCount: null })),
]);

/** Error bodies: `{message}`, `{statusCode, code, message, correlationId}`, Spring's `{error, message}`, or text. */
export const errorBodySchema = z.looseObject({
  message: z.string().nullish(),
  code: idSchema.nullish(),
  error: text,
  defaultMessage: text,
  correlationId: text,
});
