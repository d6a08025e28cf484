import { z } from "zod";
import type { MarketplaceOrder } from "@/lib/providers/marketplace";
import { groupRows, startBulkQuery, streamJsonl, waitForBulk } from "./bulk";
import { assertNoUserErrors, readUserErrors, type ShopifyClient } from "./client";
import { ShopifyError } from "./errors";
import { ordersSearch, toMarketplaceOrder } from "./transform";
import {
  connectionOf,
  customerSchema,
  fulfillmentOrderSchema,
  orderSchema,
  pageInfoSchema,
  userErrorSchema,
} from "./wire";

/** Ten orders of up to 20 lines cost ~900 of the 1,000 points one query may request; longer orders page their lines. */
const ORDER_PAGE = 10;
const LINE_PAGE = 20;

const LINE_FIELDS = `id sku name quantity currentQuantity originalUnitPriceSet { shopMoney { amount currencyCode } } variant { id barcode }`;
const ORDER_HEAD = `id name email createdAt updatedAt cancelledAt displayFinancialStatus displayFulfillmentStatus currencyCode
  currentTotalPriceSet { shopMoney { amount currencyCode } }
  customer { id firstName lastName defaultEmailAddress { emailAddress } defaultPhoneNumber { phoneNumber } }
  shippingAddress { name address1 address2 city province zip countryCodeV2 phone }`;
const ORDER_FIELDS = `${ORDER_HEAD}
  lineItems(first: ${LINE_PAGE}) { nodes { ${LINE_FIELDS} } pageInfo { hasNextPage endCursor } }`;

const ORDERS = `query Orders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query) { nodes { ${ORDER_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
const ORDER = `query Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const MORE_LINES = `query OrderLines($id: ID!, $after: String) {
  order(id: $id) { lineItems(first: 100, after: $after) { nodes { ${LINE_FIELDS} } pageInfo { hasNextPage endCursor } } }
}`;
const CUSTOMER = `query Customer($id: ID!) { customer(id: $id) { id firstName lastName defaultEmailAddress { emailAddress } defaultPhoneNumber { phoneNumber } updatedAt } }`;

const pagedOrderSchema = orderSchema.extend({
  lineItems: z.object({ nodes: orderSchema.shape.lineItems.shape.nodes, pageInfo: pageInfoSchema }),
});
type PagedOrder = z.infer<typeof pagedOrderSchema>;
const ordersSchema = z.object({ orders: connectionOf(pagedOrderSchema) });

/** Orders updated at or after `since`, oldest update first, each with all its lines. */
export async function* listOrdersSince(
  client: ShopifyClient,
  since: Date,
  until?: Date,
): AsyncGenerator<MarketplaceOrder> {
  for await (const page of client.paginate<PagedOrder>({
    operation: "Orders",
    query: ORDERS,
    variables: { query: ordersSearch(since, until) },
    pageSize: ORDER_PAGE,
    costHint: 900,
    page: (data) => ordersSchema.parse(data).orders,
  })) {
    for (const order of page) yield toMarketplaceOrder(await withAllLines(client, order));
  }
}

async function withAllLines(client: ShopifyClient, order: PagedOrder) {
  const nodes = [...order.lineItems.nodes];
  let pageInfo = order.lineItems.pageInfo;
  const schema = z.object({
    order: z.object({
      lineItems: z.object({ nodes: orderSchema.shape.lineItems.shape.nodes, pageInfo: pageInfoSchema }),
    }),
  });
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const data = await client.request({
      operation: "OrderLines",
      query: MORE_LINES,
      variables: { id: order.id, after: pageInfo.endCursor },
      schema,
    });
    nodes.push(...data.order.lineItems.nodes);
    pageInfo = data.order.lineItems.pageInfo;
  }
  return { ...order, lineItems: { nodes } };
}

/** One order re-read by id (webhooks are hints); null when Shopify has no such order (test notifications). */
export async function getOrder(client: ShopifyClient, id: string): Promise<MarketplaceOrder | null> {
  const data = await client.request({
    operation: "Order",
    query: ORDER,
    variables: { id },
    schema: z.object({ order: pagedOrderSchema.nullable() }),
  });
  return data.order ? toMarketplaceOrder(await withAllLines(client, data.order)) : null;
}

export async function getCustomer(client: ShopifyClient, id: string) {
  const data = await client.request({
    operation: "Customer",
    query: CUSTOMER,
    variables: { id },
    schema: z.object({ customer: customerSchema.nullable() }),
  });
  return data.customer;
}

const FULFILLMENT_ORDERS = `query FulfillmentOrders($id: ID!) {
  order(id: $id) { id displayFulfillmentStatus fulfillmentOrders(first: 5) { nodes { id status lineItems(first: 50) { nodes { id remainingQuantity lineItem { id } } } } } }
}`;
const FULFILLMENT_CREATE = `mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {
  fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status trackingInfo { company number url } } userErrors { field message } }
}`;

export type Tracking = { company: string; number: string; url?: string | null };

/**
 * Fulfils what is still open on the order with the tracking info (notifyCustomer off: the merchant's own shipping
 * notice goes out from Shopify only if they fulfil there). Safe to repeat: a fully fulfilled order is left alone.
 */
export async function fulfilOrder(
  client: ShopifyClient,
  input: { orderId: string; tracking: Tracking },
): Promise<{ fulfillmentId: string | null; alreadyFulfilled: boolean }> {
  const data = await client.request({
    operation: "FulfillmentOrders",
    query: FULFILLMENT_ORDERS,
    variables: { id: input.orderId },
    schema: z.object({
      order: z
        .object({ id: z.string(), fulfillmentOrders: z.object({ nodes: z.array(fulfillmentOrderSchema) }) })
        .nullable(),
    }),
  });
  if (!data.order) {
    throw new ShopifyError("not_found", "orderNotFound", `Shopify has no order ${input.orderId}`, {
      params: { order: input.orderId },
    });
  }
  const open = data.order.fulfillmentOrders.nodes.filter(
    (fo) =>
      fo.status !== "CLOSED" &&
      fo.status !== "CANCELLED" &&
      fo.lineItems.nodes.some((line) => line.remainingQuantity > 0),
  );
  if (open.length === 0) return { fulfillmentId: null, alreadyFulfilled: true };
  const result = await client.request({
    operation: "FulfillmentCreate",
    query: FULFILLMENT_CREATE,
    variables: {
      fulfillment: {
        lineItemsByFulfillmentOrder: open.map((fo) => ({ fulfillmentOrderId: fo.id })),
        trackingInfo: {
          company: input.tracking.company,
          number: input.tracking.number,
          url: input.tracking.url ?? undefined,
        },
        notifyCustomer: false,
      },
    },
    schema: z.object({
      fulfillmentCreate: z
        .object({ fulfillment: z.object({ id: z.string() }).nullable(), userErrors: z.array(userErrorSchema) })
        .nullable(),
    }),
    isIdempotent: false,
    costHint: 10,
  });
  assertNoUserErrors("fulfillmentCreate", readUserErrors(result.fulfillmentCreate));
  return { fulfillmentId: result.fulfillmentCreate?.fulfillment?.id ?? null, alreadyFulfilled: false };
}

const bulkOrdersQuery = (search: string) => `{
  orders(query: ${JSON.stringify(search)}, sortKey: UPDATED_AT) { edges { node {
    ${ORDER_HEAD}
    lineItems { edges { node { ${LINE_FIELDS} } } }
  } } }
}`;

/**
 * Backfill through a bulk operation, for history beyond what paging may reach (25,000 objects per connection): the
 * export runs at Shopify, and its JSONL is streamed and assembled order by order.
 */
export async function* backfillOrdersBulk(
  client: ShopifyClient,
  since: Date,
  pollMs?: number,
): AsyncGenerator<MarketplaceOrder> {
  const id = await startBulkQuery(client, bulkOrdersQuery(ordersSearch(since)));
  const done = await waitForBulk(client, id, pollMs);
  for await (const { parent, children } of groupRows(streamJsonl(client, done.url))) {
    const order = orderSchema.parse({
      ...parent,
      lineItems: { nodes: children.map(({ __parentId: _parent, ...line }) => (void _parent, line)) },
    });
    yield toMarketplaceOrder(order);
  }
}
