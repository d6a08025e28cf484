import { createHmac, randomUUID } from "node:crypto";
import { stringify } from "lossless-json";
import { gid, type FakeOrder, type FakeStore } from "./fake-store";

/** The ids Shopify's "Send test notification" uses; they exist in no store, so a re-read finds nothing. */
export const SHOPIFY_TEST_ORDER_ID = "820982911946154508";

export type HeaderSet = "classic" | "events" | "both";

export type DeliveryOptions = {
  /** Classic `X-Shopify-*` headers, the Events preview's `shopify-*` ones, or both (what Events sends today). */
  headerSet?: HeaderSet;
  /** Reuse a webhook id to emulate a redelivery. */
  webhookId?: string;
  triggeredAt?: string;
  isTest?: boolean;
  /** Sign with a wrong key. */
  badSignature?: boolean;
  /** Sign with this secret instead of the app's current one (rotation tests). */
  secret?: string;
  /** Resend on a non-2xx or a response slower than 5 s, up to this many times (Shopify: 8 over 4 h). */
  retries?: number;
  retryDelayMs?: number;
};

export type Delivery = { topic: string; webhookId: string; status: number | "timeout" | "network_error"; body: string };

const DELIVERY_TIMEOUT_MS = 5000;

/** Sends signed, REST-shaped deliveries with 19-digit numeric ids written raw, as Shopify does. */
export function createWebhookSender(options: {
  store: FakeStore;
  shopDomain: string;
  now: () => number;
  secret: () => string;
}) {
  let target: string | null = null;
  const deliveries: Delivery[] = [];
  const pending = new Set<Promise<unknown>>();

  async function deliver(topic: string, body: string, opts: DeliveryOptions = {}): Promise<Delivery> {
    if (!target) throw new Error("Shopify fake: no webhook target set");
    const webhookId = opts.webhookId ?? randomUUID();
    const key = opts.badSignature ? "not-the-secret" : (opts.secret ?? options.secret());
    const hmac = createHmac("sha256", key).update(body, "utf8").digest("base64");
    const triggeredAt = opts.triggeredAt ?? new Date(options.now()).toISOString();
    const eventId = randomUUID();
    const classic: Record<string, string> = {
      "X-Shopify-Hmac-Sha256": hmac,
      "X-Shopify-Topic": topic,
      "X-Shopify-Shop-Domain": options.shopDomain,
      "X-Shopify-API-Version": "2026-10",
      "X-Shopify-Webhook-Id": webhookId,
      "X-Shopify-Event-Id": eventId,
      "X-Shopify-Triggered-At": triggeredAt,
    };
    const events: Record<string, string> = {
      "shopify-hmac-sha256": hmac,
      "shopify-topic": topic,
      "shopify-shop-domain": options.shopDomain,
      "shopify-api-version": "2026-10",
      "shopify-event-id": eventId,
      "shopify-triggered-at": triggeredAt,
    };
    const set = opts.headerSet ?? "classic";
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      ...(set !== "events" ? classic : {}),
      ...(set !== "classic" ? events : {}),
      ...(opts.isTest ? { "X-Shopify-Test": "true" } : {}),
    };
    let status: Delivery["status"] = "network_error";
    for (let attempt = 0; attempt <= (opts.retries ?? 0); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, opts.retryDelayMs ?? 100));
      try {
        const response = await fetch(target, {
          method: "POST",
          headers,
          body,
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        status = response.status;
        if (response.ok) break;
      } catch (error) {
        status = error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network_error";
      }
    }
    const delivery = { topic, webhookId, status, body };
    deliveries.push(delivery);
    return delivery;
  }

  const orderBody = (order: FakeOrder) => stringify(restOrder(options.store, order)) ?? "{}";

  return {
    deliveries,
    setTarget(url: string | null) {
      target = url;
    },
    deliver,
    orderBody,
    /** Delivers an order topic with the order's current state. */
    sendOrder(orderId: string, topic = "orders/create", opts?: DeliveryOptions) {
      const order = options.store.orders.get(orderId);
      if (!order) throw new Error(`Shopify fake: no order ${orderId}`);
      return deliver(topic, orderBody(order), opts);
    },
    /** Called by mutations; delivers in the background when a target is set. `flush` awaits them. */
    orderChanged(orderId: string, topic: string) {
      const order = options.store.orders.get(orderId);
      if (!target || !order) return;
      const sent = deliver(topic, orderBody(order)).finally(() => pending.delete(sent));
      pending.add(sent);
    },
    /** "Send test notification": fixed sample ids that do not exist in the store. */
    sendTestOrder(topic = "orders/create") {
      const body = `{"id":${SHOPIFY_TEST_ORDER_ID},"admin_graphql_api_id":"gid://shopify/Order/${SHOPIFY_TEST_ORDER_ID}","name":"#9999","email":"jon@example.com","created_at":"2021-12-31T19:00:00-05:00","updated_at":"2021-12-31T19:00:00-05:00","currency":"USD","total_price":"403.00","line_items":[{"id":866550311766439020,"sku":"IPOD2008PINK","quantity":1,"price":"199.00"}]}`;
      return deliver(topic, body, { isTest: true });
    },
    sendCompliance(topic: "customers/data_request" | "customers/redact" | "shop/redact", customerId?: string) {
      const customer = customerId ? options.store.customers.get(customerId) : undefined;
      const orders = [...options.store.orders.values()]
        .filter((o) => o.customerId === customerId)
        .map((o) => BigInt(o.id));
      const body = stringify({
        shop_id: 548380009,
        shop_domain: options.shopDomain,
        ...(topic === "shop/redact"
          ? {}
          : {
              customer: customer
                ? { id: BigInt(customer.id), email: customer.email, phone: customer.phone }
                : { id: 1n, email: null, phone: null },
              ...(topic === "customers/redact"
                ? { orders_to_redact: orders }
                : { orders_requested: orders, data_request: { id: 9999 } }),
            }),
      });
      return deliver(topic, body ?? "{}");
    },
    async flush() {
      await Promise.all([...pending]);
    },
  };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;

/** The REST shape of an order webhook: snake_case, numeric ids as raw JSON numbers (BigInt, never rounded). */
function restOrder(store: FakeStore, order: FakeOrder): Record<string, unknown> {
  const customer = order.customerId ? store.customers.get(order.customerId) : undefined;
  return {
    id: BigInt(order.id),
    admin_graphql_api_id: gid("Order", order.id),
    name: order.name,
    email: order.email,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
    cancelled_at: order.cancelledAt,
    currency: order.currency,
    total_price: order.total,
    financial_status: order.financialStatus.toLowerCase(),
    fulfillment_status: order.fulfillmentStatus === "FULFILLED" ? "fulfilled" : null,
    customer: customer
      ? {
          id: BigInt(customer.id),
          admin_graphql_api_id: gid("Customer", customer.id),
          first_name: customer.firstName,
          last_name: customer.lastName,
          email: customer.email,
        }
      : null,
    shipping_address: order.shippingAddress,
    line_items: order.lineItems.map((line) => ({
      id: BigInt(line.id),
      admin_graphql_api_id: gid("LineItem", line.id),
      sku: line.sku,
      quantity: line.quantity,
      price: line.price,
      variant_id: line.variantId ? BigInt(line.variantId) : null,
    })),
  };
}
