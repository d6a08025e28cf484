import { z } from "zod";
import { assertNoUserErrors, readUserErrors, type ShopifyClient } from "./client";
import { ShopifyError } from "./errors";
import { kurusToDecimal, refsForSku, toProductSetInput, type ProductOut, type ShopifyRefs } from "./transform";
import { connectionOf, productSchema, userErrorSchema } from "./wire";

const PRODUCT_FIELDS = `id handle title status updatedAt variants(first: 5) { nodes { id sku barcode price compareAtPrice inventoryItem { id } } }`;

const PRODUCT_SET = `mutation ProductSet($input: ProductSetInput!, $identifier: ProductSetIdentifiers) {
  productSet(input: $input, identifier: $identifier, synchronous: true) { product { ${PRODUCT_FIELDS} } userErrors { field message code } }
}`;

const PRICES = `mutation VariantPrices($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
  productVariantsBulkUpdate(productId: $productId, variants: $variants) { productVariants { id price compareAtPrice } userErrors { field message code } }
}`;

const VARIANTS = `query VariantsBySku($first: Int!, $after: String) {
  productVariants(first: $first, after: $after) { nodes { id sku product { id } inventoryItem { id } } pageInfo { hasNextPage endCursor } }
}`;

const productSetSchema = z.object({
  productSet: z.object({ product: productSchema.nullable(), userErrors: z.array(userErrorSchema) }).nullable(),
});
const pricesSchema = z.object({
  productVariantsBulkUpdate: z.object({ userErrors: z.array(userErrorSchema) }).nullable(),
});
const variantRefSchema = z.object({
  id: z.string(),
  sku: z.string().nullable(),
  product: z.object({ id: z.string() }),
  inventoryItem: z.object({ id: z.string() }),
});
const variantsSchema = z.object({ productVariants: connectionOf(variantRefSchema) });

/**
 * Creates or updates one product with productSet (an upsert: by stored id, else by Köprü's handle for the SKU).
 * Returns the ids Köprü stores. A user error (bad price, unknown variant id) throws with Shopify's words kept apart.
 */
export async function upsertProduct(
  client: ShopifyClient,
  product: ProductOut,
  refs: Partial<ShopifyRefs> | null,
): Promise<ShopifyRefs> {
  const { identifier, input } = toProductSetInput(product, refs);
  const data = await client.request({
    operation: "ProductSet",
    query: PRODUCT_SET,
    variables: { input, identifier },
    schema: productSetSchema,
    isIdempotent: true,
    costHint: 10,
  });
  assertNoUserErrors("productSet", readUserErrors(data.productSet));
  const saved = data.productSet?.product;
  const found = saved ? refsForSku(saved, product.sku) : null;
  if (!found) {
    throw new ShopifyError("bad_response", "badResponse", "Shopify's productSet answer lacks the variant", {
      params: { operation: "productSet" },
    });
  }
  return found;
}

export type PriceUpdate = { variantId: string; salePriceKurus: number; listPriceKurus: number };

/** Prices of one product's variants in one call (≤250); the list price becomes compare-at only while discounted. */
export async function updatePrices(client: ShopifyClient, productId: string, prices: PriceUpdate[]): Promise<void> {
  const variants = prices.map((price) => ({
    id: price.variantId,
    price: kurusToDecimal(price.salePriceKurus),
    compareAtPrice: price.salePriceKurus < price.listPriceKurus ? kurusToDecimal(price.listPriceKurus) : null,
  }));
  const data = await client.request({
    operation: "VariantPrices",
    query: PRICES,
    variables: { productId, variants },
    schema: pricesSchema,
    isIdempotent: true,
    costHint: 10,
  });
  assertNoUserErrors("productVariantsBulkUpdate", readUserErrors(data.productVariantsBulkUpdate));
}

/** Every variant with a SKU, keyed by SKU, so the catalog can be matched to what already exists in Shopify. */
export async function mapVariantsBySku(client: ShopifyClient): Promise<Map<string, ShopifyRefs>> {
  const bySku = new Map<string, ShopifyRefs>();
  for await (const page of client.paginate<z.infer<typeof variantRefSchema>>({
    operation: "VariantsBySku",
    query: VARIANTS,
    costHint: 752,
    page: (data) => variantsSchema.parse(data).productVariants,
  })) {
    for (const variant of page) {
      if (!variant.sku) continue;
      bySku.set(variant.sku, {
        productId: variant.product.id,
        variantId: variant.id,
        inventoryItemId: variant.inventoryItem.id,
      });
    }
  }
  return bySku;
}

const PRODUCT = `query Product($id: ID!) {
  product(id: $id) { id handle title status variants(first: 250) { nodes { id sku inventoryItem { id } } } }
}`;
const productRefsSchema = z.object({
  product: z
    .object({
      id: z.string(),
      status: z.string(),
      variants: z.object({
        nodes: z.array(
          z.object({ id: z.string(), sku: z.string().nullable(), inventoryItem: z.object({ id: z.string() }) }),
        ),
      }),
    })
    .nullable(),
});

/** A product's status and its variants' ids by SKU, read again by id; null when Shopify has no such product. */
export async function getProductRefs(client: ShopifyClient, id: string) {
  const { product } = await client.request({
    operation: "Product",
    query: PRODUCT,
    variables: { id },
    schema: productRefsSchema,
  });
  if (!product) return null;
  const variants = product.variants.nodes.flatMap((variant) =>
    variant.sku
      ? [
          {
            sku: variant.sku,
            refs: { productId: product.id, variantId: variant.id, inventoryItemId: variant.inventoryItem.id },
          },
        ]
      : [],
  );
  return { id: product.id, status: product.status, variants };
}

const BY_SKU = `query VariantBySku($query: String!) {
  productVariants(first: 5, query: $query) { nodes { id sku product { id } inventoryItem { id } } pageInfo { hasNextPage endCursor } }
}`;

/** Looks variants up by SKU (listings linked before Köprü stored their ids): one small query per SKU. */
export async function findRefsBySku(client: ShopifyClient, skus: string[]): Promise<Map<string, ShopifyRefs>> {
  const found = new Map<string, ShopifyRefs>();
  for (const sku of skus) {
    const data = await client.request({
      operation: "VariantBySku",
      query: BY_SKU,
      variables: { query: `sku:${JSON.stringify(sku)}` },
      schema: variantsSchema,
    });
    const variant = data.productVariants.nodes.find((node) => node.sku === sku);
    if (variant) {
      found.set(sku, {
        productId: variant.product.id,
        variantId: variant.id,
        inventoryItemId: variant.inventoryItem.id,
      });
    }
  }
  return found;
}
