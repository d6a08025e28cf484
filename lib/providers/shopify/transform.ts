import type { MarketplaceOrder, MarketplaceOrderStatus } from "@/lib/providers/marketplace";
import type { ShopifyOrder, ShopifyProduct } from "./wire";

/** Where Köprü keeps a product's identity in Shopify: a handle derived from the SKU, stable across title changes. */
export const KOPRU_HANDLE_PREFIX = "kopru-";

/** `"1249.9"` / `"1249.90"` → 124990, without passing through a float. */
export function decimalToKurus(amount: string): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new Error(`Not a decimal amount: ${amount}`);
  const [, sign, whole, fraction = ""] = match;
  const cents = Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
  // A third decimal (some currencies, or rounding artefacts) rounds half up.
  const roundUp = fraction.length > 2 && Number(fraction[2]) >= 5 ? 1 : 0;
  return (sign === "-" ? -1 : 1) * (cents + roundUp);
}

/** 124990 → `"1249.90"`. */
export function kurusToDecimal(kurus: number): string {
  const sign = kurus < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(kurus));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The numeric tail of a GID, as a string (these ids exceed 2^53): `gid://shopify/Order/8207…` → `"8207…"`. */
export function gidToId(gid: string): string {
  const match = /^gid:\/\/shopify\/[A-Za-z]+\/(\d+)/.exec(gid);
  if (!match?.[1]) throw new Error(`Not a Shopify GID: ${gid}`);
  return match[1];
}

export const toGid = (type: string, id: string) => (id.startsWith("gid://") ? id : `gid://shopify/${type}/${id}`);

/** A handle Köprü owns for a SKU: lower-case, ASCII, hyphenated (`SKU-00001` → `kopru-sku-00001`). */
export function handleForSku(sku: string): string {
  const slug = sku
    .toLocaleLowerCase("tr")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${KOPRU_HANDLE_PREFIX}${slug || "urun"}`;
}

export type ProductOut = {
  sku: string;
  barcode: string | null;
  title: string;
  description: string | null;
  brand: string | null;
  category: string | null;
  listPriceKurus: number;
  salePriceKurus: number;
  isActive: boolean;
};

export type ShopifyRefs = { productId: string; variantId: string; inventoryItemId: string };

/**
 * One Köprü product (one SKU) is one Shopify product with its single default variant. productSet replaces list fields,
 * so the variant list is always sent whole (the one variant, matched by its stored id when known). Stock is not sent
 * here: it goes through inventorySetQuantities with compare-and-swap.
 */
export function toProductSetInput(product: ProductOut, refs: Partial<ShopifyRefs> | null) {
  const isDiscounted = product.salePriceKurus < product.listPriceKurus;
  return {
    identifier: refs?.productId ? { id: refs.productId } : { handle: handleForSku(product.sku) },
    input: {
      title: product.title,
      handle: handleForSku(product.sku),
      status: product.isActive ? "ACTIVE" : "DRAFT",
      descriptionHtml: escapeHtml(product.description ?? ""),
      vendor: product.brand ?? "",
      productType: product.category ?? "",
      productOptions: [{ name: "Title", values: [{ name: "Default Title" }] }],
      variants: [
        {
          ...(refs?.variantId ? { id: refs.variantId } : {}),
          optionValues: [{ optionName: "Title", name: "Default Title" }],
          sku: product.sku,
          barcode: product.barcode ?? undefined,
          price: kurusToDecimal(product.salePriceKurus),
          compareAtPrice: isDiscounted ? kurusToDecimal(product.listPriceKurus) : null,
          inventoryItem: { tracked: true },
        },
      ],
    },
  };
}

/** The refs of the variant carrying `sku` in a productSet answer, or null when Shopify dropped it. */
export function refsForSku(product: ShopifyProduct, sku: string): ShopifyRefs | null {
  const variant = product.variants.nodes.find((node) => node.sku === sku);
  return variant ? { productId: product.id, variantId: variant.id, inventoryItemId: variant.inventoryItem.id } : null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
}

/** Shopify reports fulfilment on the order; delivery is not known there, so a fulfilled order is "shipped". */
export function orderStatus(
  order: Pick<ShopifyOrder, "cancelledAt" | "displayFulfillmentStatus"> & { displayFinancialStatus?: string | null },
): MarketplaceOrderStatus {
  if (order.cancelledAt) return "cancelled";
  if (order.displayFinancialStatus === "REFUNDED") return "returned";
  switch (order.displayFulfillmentStatus) {
    case "FULFILLED":
      return "shipped";
    case "PARTIALLY_FULFILLED":
    case "IN_PROGRESS":
      return "picking";
    default:
      return "created";
  }
}

const joinNames = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");

/** One Shopify order is one Köprü package; the package id is the order's numeric id, kept as a string. */
export function toMarketplaceOrder(order: ShopifyOrder): MarketplaceOrder {
  const address = order.shippingAddress;
  const customer = order.customer;
  const customerName = joinNames(customer?.firstName, customer?.lastName) || (address?.name ?? "");
  const lines = order.lineItems.nodes.map((line) => {
    const unitPriceKurus = decimalToKurus(line.originalUnitPriceSet.shopMoney.amount);
    return {
      lineId: gidToId(line.id),
      sku: line.sku ?? "",
      barcode: line.variant?.barcode ?? "",
      name: line.name,
      quantity: line.currentQuantity,
      unitPriceKurus,
      amountKurus: unitPriceKurus * line.currentQuantity,
    };
  });
  return {
    remoteOrderNumber: order.name,
    packageId: gidToId(order.id),
    status: orderStatus(order),
    orderDate: new Date(order.createdAt),
    lastModified: new Date(order.updatedAt),
    customerName,
    customerEmail: order.email ?? customer?.defaultEmailAddress?.emailAddress ?? null,
    address: {
      fullName: address?.name ?? customerName,
      address: joinNames(address?.address1, address?.address2),
      // Turkish Shopify checkouts put the il in `province` and the ilçe in `city`.
      district: address?.province ? (address.city ?? null) : null,
      city: address?.province ?? address?.city ?? null,
      postalCode: address?.zip ?? null,
      countryCode: address?.countryCodeV2 ?? null,
      phone: address?.phone ?? customer?.defaultPhoneNumber?.phoneNumber ?? null,
    },
    currency: order.currencyCode,
    totalKurus: decimalToKurus(order.currentTotalPriceSet.shopMoney.amount),
    lines,
    raw: order,
  };
}

/** `updated_at:>'…' AND status:any`: the window the orders import asks for (ISO, second precision, UTC). */
export function ordersSearch(since: Date, until?: Date): string {
  // Whole seconds, widened outwards: the lower bound rounds down, the upper bound up.
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  const from = iso(Math.floor(since.getTime() / 1000) * 1000);
  const to = until ? ` AND updated_at:<='${iso(Math.ceil(until.getTime() / 1000) * 1000)}'` : "";
  return `updated_at:>='${from}'${to} AND status:any`;
}

/**
 * A stale compare quantity means Shopify's level moved since Köprü read it: report what Shopify has now and what
 * Köprü wanted, and leave it for the next run (never overwrite silently).
 */
export function conflictMessage(input: {
  sku: string;
  expected: number;
  actual: number | null;
  wanted: number;
}): string {
  const actual = input.actual === null ? "unknown" : String(input.actual);
  return `Shopify stock for ${input.sku} changed to ${actual} while Köprü was setting ${input.wanted} (read ${input.expected}); not overwritten, retried on the next run`;
}
