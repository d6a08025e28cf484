import { createHmac, randomUUID } from "node:crypto";

export const BENCH_SHOP = {
  shop_domain: "bench-store.myshopify.com",
  access_token: "shpat_bench_0000",
  client_secret: "bench-shopify-secret-0123456789",
};

export type Delivery = { id: string; body: string; headers: Record<string, string> };

/** A realistic, signed Shopify `orders/create` delivery with its own webhook id and order id. */
export function makeDelivery(index: number): Delivery {
  const now = new Date().toISOString();
  const orderId = 5_000_000_000 + index;
  const body = JSON.stringify({
    id: orderId,
    admin_graphql_api_id: `gid://shopify/Order/${orderId}`,
    name: `#${10_000 + index}`,
    email: `musteri${index}@example.com`,
    created_at: now,
    updated_at: now,
    cancelled_at: null,
    currency: "TRY",
    total_price: "1249.90",
    financial_status: "pending",
    line_items: [
      {
        id: 866550311766439 + index,
        sku: `SKU-${index % 500}`,
        quantity: 1 + (index % 3),
        price: "1249.90",
        product_id: 632910392,
      },
    ],
  });
  const id = randomUUID();
  return {
    id,
    body,
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": "orders/create",
      "x-shopify-hmac-sha256": createHmac("sha256", BENCH_SHOP.client_secret).update(body, "utf8").digest("base64"),
      "x-shopify-shop-domain": BENCH_SHOP.shop_domain,
      "x-shopify-api-version": "2026-04",
      "x-shopify-webhook-id": id,
      "x-shopify-triggered-at": now,
    },
  };
}
