import { GraphQLError } from "graphql";
import {
  gid,
  gidNumber,
  gidType,
  type FakeCustomer,
  type FakeFulfillment,
  type FakeFulfillmentOrder,
  type FakeLocation,
  type FakeOrder,
  type FakeProduct,
  type FakeStore,
  type FakeVariant,
} from "./fake-store";

/** Per-request context the resolvers read: who asks (scopes), for which version, and whether it is a bulk run. */
export type FakeContext = {
  store: FakeStore;
  scopes: ReadonlySet<string>;
  /** Bulk queries walk connections whole, without `first`. */
  isBulk: boolean;
  /** Objects resolved, for the actual (refunded) cost. */
  objects: number;
};

export const MAX_FIRST = 250;
const ORDER_WINDOW_MS = 60 * 24 * 60 * 60 * 1000;

export function requireScope(context: FakeContext, scope: string, field: string): void {
  // A write scope implies its read scope, as at Shopify.
  if (context.scopes.has(scope) || context.scopes.has(scope.replace(/^read_/, "write_"))) return;
  throw new GraphQLError(`Access denied for ${field} field. Required access: \`${scope}\` access scope.`, {
    extensions: {
      code: "ACCESS_DENIED",
      documentation: "https://shopify.dev/api/usage/access-scopes",
      requiredAccess: `\`${scope}\` access scope.`,
    },
  });
}

type Key = readonly [string, string];
type ConnectionArgs = { first?: number | null; after?: string | null; last?: number | null; reverse?: boolean | null };

const encodeCursor = (key: Key) => Buffer.from(JSON.stringify(key)).toString("base64url");
function decodeCursor(cursor: string): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === 2) return [String(key[0]), String(key[1])];
  } catch {
    // fall through
  }
  throw new GraphQLError("Invalid cursor for current pagination sort.", { extensions: { code: "BAD_REQUEST" } });
}

const compareIds = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);
const compareKeys = (a: Key, b: Key) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : compareIds(a[1], b[1]));

/** Keyset pagination over `items` in `keyOf` order: a cursor stays valid while items change around it. */
export function connection<T, N>(
  context: FakeContext,
  items: T[],
  keyOf: (item: T) => Key,
  args: ConnectionArgs,
  wrap: (item: T) => N,
) {
  if (!context.isBulk) {
    const first = args.first ?? args.last;
    if (first === undefined || first === null) {
      throw new GraphQLError("you must provide one of first or last", { extensions: { code: "BAD_REQUEST" } });
    }
    if (first > MAX_FIRST || first < 0) {
      throw new GraphQLError(`The first argument must be between 0 and ${MAX_FIRST}`, {
        extensions: { code: "BAD_REQUEST" },
      });
    }
  }
  const direction = args.reverse ? -1 : 1;
  const sorted = items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => direction * compareKeys(a.key, b.key));
  let start = 0;
  if (args.after) {
    const after = decodeCursor(args.after);
    start = sorted.findIndex((entry) => direction * compareKeys(entry.key, after) > 0);
    if (start < 0) start = sorted.length;
  }
  const limit = context.isBulk ? sorted.length : (args.first ?? args.last ?? 0);
  const page = sorted.slice(start, start + limit);
  const last = page.at(-1);
  const nodes = page.map((entry) => wrap(entry.item));
  return {
    nodes,
    edges: page.map((entry, index) => ({ cursor: encodeCursor(entry.key), node: nodes[index] })),
    pageInfo: {
      hasNextPage: start + page.length < sorted.length,
      hasPreviousPage: start > 0,
      endCursor: last ? encodeCursor(last.key) : null,
      startCursor: page[0] ? encodeCursor(page[0].key) : null,
    },
  };
}

/** Shopify search syntax, the part Köprü sends: `updated_at:>'2026-11-01T00:00:00Z' AND status:any AND sku:X`. */
export function parseSearch(query: string | null | undefined) {
  const terms: { field: string; op: string; value: string }[] = [];
  for (const match of (query ?? "").matchAll(/(\w+):(>=|<=|>|<)?(?:'([^']*)'|"([^"]*)"|(\S+))/g)) {
    terms.push({ field: match[1]!, op: match[2] ?? "=", value: match[3] ?? match[4] ?? match[5] ?? "" });
  }
  return (record: Record<string, string | null>) =>
    terms.every(({ field, op, value }) => {
      if (field === "status" && value === "any") return true;
      const actual = record[field];
      if (actual === undefined) return true;
      if (actual === null) return false;
      if (field.endsWith("_at")) {
        const [a, b] = [Date.parse(actual), Date.parse(value)];
        return op === ">" ? a > b : op === ">=" ? a >= b : op === "<" ? a < b : op === "<=" ? a <= b : a === b;
      }
      return actual === value;
    });
}

export function createObjects(context: FakeContext) {
  const { store } = context;
  const count = <T>(value: T): T => {
    context.objects += 1;
    return value;
  };

  const location = (l: FakeLocation) => count({ __typename: "Location", ...l, id: gid("Location", l.id) });

  const product = (p: FakeProduct): Record<string, unknown> =>
    count({
      __typename: "Product",
      ...p,
      id: gid("Product", p.id),
      legacyResourceId: p.id,
      variants: (args: ConnectionArgs) => connection(context, p.variants, (v) => ["", v.id] as const, args, variant),
      metafield: ({ namespace, key }: { namespace: string; key: string }) =>
        p.metafields.find((m) => m.namespace === namespace && m.key === key) ?? null,
    });

  const variant = (v: FakeVariant): Record<string, unknown> =>
    count({
      __typename: "ProductVariant",
      id: gid("ProductVariant", v.id),
      legacyResourceId: v.id,
      sku: v.sku,
      barcode: v.barcode,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      title: v.options.map((o) => o.value).join(" / "),
      selectedOptions: v.options.map((o) => ({ name: o.name, value: o.value })),
      updatedAt: v.updatedAt,
      product: () => product(store.products.get(v.productId)!),
      inventoryItem: () => inventoryItem(v),
    });

  const inventoryItem = (v: FakeVariant): Record<string, unknown> =>
    count({
      __typename: "InventoryItem",
      id: gid("InventoryItem", v.inventoryItemId),
      sku: v.sku,
      tracked: true,
      variant: () => variant(v),
      inventoryLevel: ({ locationId }: { locationId: string }) => {
        const found = store.locations.find((l) => l.id === gidNumber(locationId));
        const quantity = found ? store.available(v.inventoryItemId, found.id) : undefined;
        if (!found || quantity === undefined) return null;
        return count({
          id: gid("InventoryLevel", `${v.inventoryItemId}?inventory_item_id=${v.inventoryItemId}`),
          location: () => location(found),
          quantities: ({ names }: { names: string[] }) =>
            names.map((name) => ({ name, quantity: name === "available" || name === "on_hand" ? quantity : 0 })),
        });
      },
    });

  const customer = (c: FakeCustomer): Record<string, unknown> =>
    count({
      __typename: "Customer",
      id: gid("Customer", c.id),
      firstName: c.firstName,
      lastName: c.lastName,
      displayName: `${c.firstName ?? ""} ${c.lastName ?? ""}`.trim() || (c.email ?? ""),
      updatedAt: c.updatedAt,
      defaultEmailAddress: c.email ? { emailAddress: c.email } : null,
      defaultPhoneNumber: c.phone ? { phoneNumber: c.phone } : null,
    });

  const money = (amount: string, currencyCode: string) => ({
    shopMoney: { amount, currencyCode },
    presentmentMoney: { amount, currencyCode },
  });

  const fulfillmentOrder = (o: FakeOrder, fo: FakeFulfillmentOrder) =>
    count({
      __typename: "FulfillmentOrder",
      id: gid("FulfillmentOrder", fo.id),
      status: fo.status,
      lineItems: (args: ConnectionArgs) =>
        connection(
          context,
          fo.lines,
          (l) => ["", l.id] as const,
          args,
          (l) =>
            count({
              id: gid("FulfillmentOrderLineItem", l.id),
              remainingQuantity: l.remaining,
              totalQuantity: l.total,
              lineItem: () =>
                lineItem(
                  o,
                  o.lineItems.find((line) => line.id === l.lineItemId)!,
                ),
            }),
        ),
    });

  const lineItem = (o: FakeOrder, line: FakeOrder["lineItems"][number]) =>
    count({
      __typename: "LineItem",
      id: gid("LineItem", line.id),
      sku: line.sku,
      name: line.name,
      quantity: line.quantity,
      currentQuantity: line.quantity,
      originalUnitPriceSet: money(line.price, o.currency),
      variant: () => {
        const found = line.variantId ? store.variants.get(line.variantId) : undefined;
        return found ? variant(found) : null;
      },
    });

  const fulfillment = (f: FakeFulfillment): Record<string, unknown> =>
    count({
      __typename: "Fulfillment",
      id: gid("Fulfillment", f.id),
      status: f.status,
      order: () => order(store.orders.get(f.orderId)!),
      trackingInfo: () => f.tracking,
    });

  const order = (o: FakeOrder): Record<string, unknown> => {
    requireScope(context, "read_orders", "Order");
    return count({
      __typename: "Order",
      id: gid("Order", o.id),
      legacyResourceId: o.id,
      name: o.name,
      email: o.email,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
      cancelledAt: o.cancelledAt,
      displayFinancialStatus: o.financialStatus,
      displayFulfillmentStatus: o.fulfillmentStatus,
      currencyCode: o.currency,
      currentTotalPriceSet: money(o.total, o.currency),
      customer: () => {
        const found = o.customerId ? store.customers.get(o.customerId) : undefined;
        return found ? customer(found) : null;
      },
      shippingAddress: o.shippingAddress,
      lineItems: (args: ConnectionArgs) =>
        connection(
          context,
          o.lineItems,
          (l) => ["", l.id] as const,
          args,
          (l) => lineItem(o, l),
        ),
      fulfillmentOrders: (args: ConnectionArgs) =>
        connection(
          context,
          o.fulfillmentOrders,
          (f) => ["", f.id] as const,
          args,
          (f) => fulfillmentOrder(o, f),
        ),
      fulfillments: () => o.fulfillments.map(fulfillment),
    });
  };

  /** Any GID → its object, as `node(id:)` / `nodes(ids:)` resolve it; null for an id that does not exist. */
  const node = (id: string): Record<string, unknown> | null => {
    const number = gidNumber(id);
    switch (gidType(id)) {
      case "Product": {
        const found = store.products.get(number);
        return found ? product(found) : null;
      }
      case "ProductVariant": {
        const found = store.variants.get(number);
        return found ? variant(found) : null;
      }
      case "InventoryItem": {
        const found = store.inventoryItems.get(number);
        return found ? inventoryItem(found) : null;
      }
      case "Order": {
        const found = store.orders.get(number);
        return found ? order(found) : null;
      }
      case "Customer": {
        const found = store.customers.get(number);
        return found ? customer(found) : null;
      }
      case "Location": {
        const found = store.locations.find((l) => l.id === number);
        return found ? location(found) : null;
      }
      default:
        return null;
    }
  };

  const visibleOrders = () => {
    if (context.scopes.has("read_all_orders")) return [...store.orders.values()];
    const cutoff = Date.parse(store.iso()) - ORDER_WINDOW_MS;
    return [...store.orders.values()].filter((o) => Date.parse(o.createdAt) >= cutoff);
  };

  return { location, product, variant, inventoryItem, customer, order, fulfillment, node, visibleOrders };
}

export type FakeObjects = ReturnType<typeof createObjects>;

/** Sort key of a connection: `[sortValue, numeric id]`. */
export function sortKeyOf<T extends { id: string; updatedAt?: string; createdAt?: string; title?: string }>(
  sortKey: string | null | undefined,
): (item: T) => Key {
  switch (sortKey) {
    case "UPDATED_AT":
      return (item) => [item.updatedAt ?? "", item.id];
    case "CREATED_AT":
    case "PROCESSED_AT":
      return (item) => [item.createdAt ?? "", item.id];
    case "TITLE":
      return (item) => [item.title ?? "", item.id];
    default:
      return (item) => ["", item.id];
  }
}
