import { createHmac, randomUUID } from "node:crypto";
import { shopifyWebhookKeys, type ShopifyWebhookCredentials } from "@/lib/providers/shopify/config";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

export const SHOPIFY_WEBHOOK_EVENT_TYPES = [
  "orders/create",
  "orders/updated",
  "orders/paid",
  "orders/cancelled",
  "products/create",
  "products/update",
  "products/delete",
  "inventory_levels/update",
  "refunds/create",
  "fulfillments/create",
  "fulfillments/update",
  "app/uninstalled",
  "customers/data_request",
  "customers/redact",
  "shop/redact",
] as const;
export type ShopifyWebhookEventType = (typeof SHOPIFY_WEBHOOK_EVENT_TYPES)[number];

const ORDER_ID = 450789469;
const PRODUCT_ID = 632910392;

function samplePayload(topic: ShopifyWebhookEventType, shopDomain: string, now: string): Record<string, unknown> {
  const family = topic.split("/")[0];
  if (topic === "products/delete") return { id: PRODUCT_ID };
  if (family === "orders") {
    return {
      id: ORDER_ID,
      admin_graphql_api_id: `gid://shopify/Order/${ORDER_ID}`,
      name: "#1001",
      email: "musteri@example.com",
      created_at: now,
      updated_at: now,
      cancelled_at: topic === "orders/cancelled" ? now : null,
      currency: "TRY",
      total_price: "1249.90",
      financial_status: topic === "orders/create" ? "pending" : "paid",
      line_items: [
        { id: 866550311766439, sku: "KOPRU-TSHIRT-M", quantity: 1, price: "1249.90", product_id: PRODUCT_ID },
      ],
    };
  }
  if (family === "products") {
    return {
      id: PRODUCT_ID,
      admin_graphql_api_id: `gid://shopify/Product/${PRODUCT_ID}`,
      title: "Köprü T-Shirt",
      status: "active",
      updated_at: now,
      variants: [{ id: 808950810, sku: "KOPRU-TSHIRT-M", price: "1249.90", inventory_item_id: 808950811 }],
    };
  }
  if (topic === "inventory_levels/update") {
    return { inventory_item_id: 808950811, location_id: 655441491, available: 12, updated_at: now };
  }
  if (family === "fulfillments") {
    return {
      id: 255858046,
      order_id: ORDER_ID,
      admin_graphql_api_id: "gid://shopify/Fulfillment/255858046",
      status: "success",
      tracking_company: "Aras Kargo",
      tracking_number: "3513773163316",
      updated_at: now,
    };
  }
  if (topic === "customers/data_request" || topic === "customers/redact") {
    return {
      shop_id: 548380009,
      shop_domain: shopDomain,
      customer: { id: 207119551, email: "musteri@example.com", phone: "+905551112233" },
      ...(topic === "customers/redact"
        ? { orders_to_redact: [ORDER_ID] }
        : { orders_requested: [ORDER_ID], data_request: { id: 9999 } }),
    };
  }
  if (topic === "shop/redact") return { shop_id: 548380009, shop_domain: shopDomain };
  if (topic === "refunds/create") {
    return {
      id: 509562969,
      order_id: ORDER_ID,
      admin_graphql_api_id: "gid://shopify/Refund/509562969",
      created_at: now,
    };
  }
  return { id: 548380009, name: "Köprü Demo", domain: shopDomain, myshopify_domain: shopDomain };
}

/** A realistic delivery for `topic`, signed like Shopify signs it (base64 HMAC-SHA256 of the body, client secret). */
export function buildSampleShopifyWebhook(
  eventType: ShopifyWebhookEventType,
  credentials: ShopifyWebhookCredentials,
): SampleWebhook {
  const now = new Date().toISOString();
  const body = JSON.stringify(samplePayload(eventType, credentials.shop_domain, now));
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": eventType,
      "x-shopify-hmac-sha256": createHmac("sha256", shopifyWebhookKeys(credentials)[0] ?? "")
        .update(body, "utf8")
        .digest("base64"),
      "x-shopify-shop-domain": credentials.shop_domain,
      "x-shopify-api-version": "2026-04",
      "x-shopify-webhook-id": randomUUID(),
      "x-shopify-event-id": randomUUID(),
      "x-shopify-triggered-at": now,
    },
  };
}
