import { randomUUID } from "node:crypto";
import { z } from "zod";
import { readUserErrors, type ShopifyClient } from "./client";
import { ShopifyError } from "./errors";
import { conflictMessage } from "./transform";
import { inventoryLevelItemSchema, locationSchema, connectionOf, userErrorSchema, type ShopifyLocation } from "./wire";

/** Items per read and per set: a read costs 4 points per item (level, quantities, variant), 800 of the 1,000 allowed. */
export const INVENTORY_BATCH = 200;

export type InventoryTarget = { sku: string; inventoryItemId: string; quantity: number };
export type InventoryOutcome =
  | { sku: string; status: "set" | "unchanged"; quantity: number; previous: number }
  | { sku: string; status: "conflict"; quantity: number; previous: number; actual: number | null; message: string }
  | { sku: string; status: "failed"; message: string; code: string | null };

const LEVELS_QUERY = `query InventoryLevels($ids: [ID!]!, $locationId: ID!) {
  nodes(ids: $ids) { ... on InventoryItem {
    id inventoryLevel(locationId: $locationId) { quantities(names: ["available"]) { name quantity } }
    variant { id price compareAtPrice }
  } }
}`;

const SET_MUTATION = `mutation InventorySet($input: InventorySetQuantitiesInput!, $key: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $key) {
    inventoryAdjustmentGroup { id changes { name delta } }
    userErrors { field message code }
  }
}`;

const levelsSchema = z.object({
  nodes: z.array(
    inventoryLevelItemSchema
      .extend({
        variant: z.object({ id: z.string(), price: z.string(), compareAtPrice: z.string().nullable() }).nullable(),
      })
      .nullable(),
  ),
});

/** What Shopify has now for an inventory item: "available" at the location (null: not stocked there), its prices. */
export type CurrentLevel = { available: number | null; price: string | null; compareAtPrice: string | null };
const setSchema = z.object({
  inventorySetQuantities: z
    .object({ inventoryAdjustmentGroup: z.object({ id: z.string() }).nullable(), userErrors: z.array(userErrorSchema) })
    .nullable(),
});

/** One read per ≤200 inventory items: the current level at the location and the variant's prices. */
export async function readLevels(
  client: ShopifyClient,
  locationId: string,
  ids: string[],
): Promise<Map<string, CurrentLevel>> {
  const data = await client.request({
    operation: "InventoryLevels",
    query: LEVELS_QUERY,
    variables: { ids, locationId },
    schema: levelsSchema,
    costHint: ids.length * 4,
  });
  const levels = new Map<string, CurrentLevel>();
  data.nodes.forEach((node, index) => {
    const available = node?.inventoryLevel?.quantities.find((q) => q.name === "available")?.quantity;
    levels.set(ids[index]!, {
      available: available ?? null,
      price: node?.variant?.price ?? null,
      compareAtPrice: node?.variant?.compareAtPrice ?? null,
    });
  });
  return levels;
}

/** Shopify's current "available" at the location per inventory item; null when the item is not stocked there. */
export async function readAvailable(client: ShopifyClient, locationId: string, ids: string[]) {
  const levels = await readLevels(client, locationId, ids);
  return new Map([...levels].map(([id, level]) => [id, level.available]));
}

/**
 * Sets absolute "available" quantities at one location with compare-and-swap: each batch reads the current levels,
 * then sets only what differs with `changeFromQuantity` = the level read. Each attempt carries a new `@idempotent`
 * key (the client's transport retries resend the same body, so a lost answer never applies twice). Shopify applies a
 * call all or nothing: a stale item is re-read and reported as a conflict, and the rest are sent again.
 */
export async function setInventory(
  client: ShopifyClient,
  options: { locationId: string; items: InventoryTarget[]; reference?: string },
): Promise<InventoryOutcome[]> {
  const outcomes: InventoryOutcome[] = [];
  for (let start = 0; start < options.items.length; start += INVENTORY_BATCH) {
    outcomes.push(...(await setBatch(client, options, options.items.slice(start, start + INVENTORY_BATCH))));
  }
  return outcomes;
}

async function setBatch(
  client: ShopifyClient,
  options: { locationId: string; reference?: string },
  batch: InventoryTarget[],
): Promise<InventoryOutcome[]> {
  const ids = batch.map((item) => item.inventoryItemId);
  return setWithLevels(client, options, batch, await readAvailable(client, options.locationId, ids));
}

/** Sets a batch whose current levels were just read (null: not stocked at the location). */
export async function setWithLevels(
  client: ShopifyClient,
  options: { locationId: string; reference?: string },
  batch: InventoryTarget[],
  levels: Map<string, number | null>,
): Promise<InventoryOutcome[]> {
  const outcomes: InventoryOutcome[] = [];
  let pending: (InventoryTarget & { previous: number })[] = [];
  for (const item of batch) {
    const previous = levels.get(item.inventoryItemId);
    if (previous === null || previous === undefined) {
      outcomes.push({
        sku: item.sku,
        status: "failed",
        code: "ITEM_NOT_STOCKED_AT_LOCATION",
        message: `${item.sku} is not stocked at the chosen Shopify location`,
      });
    } else if (previous === item.quantity) {
      outcomes.push({ sku: item.sku, status: "unchanged", quantity: item.quantity, previous });
    } else pending.push({ ...item, previous });
  }

  while (pending.length > 0) {
    const result = await sendSet(client, options, pending);
    if (result.ok) {
      outcomes.push(
        ...pending.map((item) => ({
          sku: item.sku,
          status: "set" as const,
          quantity: item.quantity,
          previous: item.previous,
        })),
      );
      break;
    }
    const rejected = new Map<number, { code: string | null; message: string }>();
    for (const error of result.userErrors) {
      const index = Number(error.field?.[2]);
      if (error.field?.[1] === "quantities" && Number.isInteger(index))
        rejected.set(index, { code: error.code ?? null, message: error.message });
    }
    if (rejected.size === 0) {
      throw new ShopifyError("invalid_request", "userErrors", "Shopify refused the stock update", {
        params: { operation: "inventorySetQuantities" },
        providerMessage: result.userErrors.map((e) => e.message).join("; "),
      });
    }
    const stale = pending.filter((_, index) => rejected.get(index)?.code === "CHANGE_FROM_QUANTITY_STALE");
    const now = stale.length
      ? await readAvailable(
          client,
          options.locationId,
          stale.map((item) => item.inventoryItemId),
        )
      : new Map();
    pending.forEach((item, index) => {
      const error = rejected.get(index);
      if (!error) return;
      if (error.code === "CHANGE_FROM_QUANTITY_STALE") {
        const actual = now.get(item.inventoryItemId) ?? null;
        outcomes.push({
          sku: item.sku,
          status: "conflict",
          quantity: item.quantity,
          previous: item.previous,
          actual,
          message: conflictMessage({ sku: item.sku, expected: item.previous, actual, wanted: item.quantity }),
        });
      } else outcomes.push({ sku: item.sku, status: "failed", code: error.code, message: error.message });
    });
    pending = pending.filter((_, index) => !rejected.has(index));
  }
  return outcomes;
}

type SetResult = { ok: true } | { ok: false; userErrors: z.infer<typeof userErrorSchema>[] };

async function sendSet(
  client: ShopifyClient,
  options: { locationId: string; reference?: string },
  items: (InventoryTarget & { previous: number })[],
): Promise<SetResult> {
  const variables = {
    key: randomUUID(),
    input: {
      name: "available",
      reason: "correction",
      referenceDocumentUri: options.reference ?? "kopru://sync/stock",
      quantities: items.map((item) => ({
        inventoryItemId: item.inventoryItemId,
        locationId: options.locationId,
        quantity: item.quantity,
        changeFromQuantity: item.previous,
      })),
    },
  };
  for (let attempt = 0; ; attempt++) {
    const data = await client.request({
      operation: "InventorySet",
      query: SET_MUTATION,
      variables,
      schema: setSchema,
      isIdempotent: true,
      costHint: 10,
    });
    const userErrors = readUserErrors(data.inventorySetQuantities);
    const codes = new Set(userErrors.map((error) => error.code));
    // Another request with this key is still running at Shopify: ask again with the same key.
    if (codes.has("IDEMPOTENCY_CONCURRENT_REQUEST") && attempt < 5) {
      await client.sleep(500 * (attempt + 1));
      continue;
    }
    if (codes.has("IDEMPOTENCY_PREVIOUS_ATTEMPT_FAILED") && attempt < 5) {
      variables.key = randomUUID();
      continue;
    }
    return userErrors.length === 0 ? { ok: true } : { ok: false, userErrors };
  }
}

const LOCATIONS_QUERY = `query Locations($first: Int!, $after: String) {
  locations(first: $first, after: $after) { nodes { id name isActive fulfillsOnlineOrders } pageInfo { hasNextPage endCursor } }
}`;

export async function listLocations(client: ShopifyClient): Promise<ShopifyLocation[]> {
  const all: ShopifyLocation[] = [];
  const schema = z.object({ locations: connectionOf(locationSchema) });
  for await (const page of client.paginate<ShopifyLocation>({
    operation: "Locations",
    query: LOCATIONS_QUERY,
    pageSize: 50,
    page: (data) => schema.parse(data).locations,
  })) {
    all.push(...page);
  }
  return all;
}

/**
 * The location stock is set at: the configured one (which must exist and be active), else the only active location,
 * else the only one fulfilling online orders. Otherwise the merchant has to choose, and the message lists the options.
 */
export async function resolveLocation(client: ShopifyClient, configured: string | undefined): Promise<ShopifyLocation> {
  const locations = (await listLocations(client)).filter((location) => location.isActive);
  const choices = locations.map((location) => `${location.name} (${location.id})`).join(", ");
  if (configured) {
    const wanted = configured.startsWith("gid://") ? configured : `gid://shopify/Location/${configured}`;
    const found = locations.find((location) => location.id === wanted);
    if (found) return found;
    throw new ShopifyError(
      "invalid_request",
      "locationNotFound",
      `Shopify location ${configured} is not an active location; choose one of: ${choices}`,
      {
        params: { location: configured, choices },
      },
    );
  }
  const online = locations.filter((location) => location.fulfillsOnlineOrders);
  const only = locations.length === 1 ? locations[0] : online.length === 1 ? online[0] : undefined;
  if (only) return only;
  throw new ShopifyError(
    "invalid_request",
    "locationRequired",
    `Choose the Shopify location Köprü sets stock at: ${choices}`,
    {
      params: { choices },
    },
  );
}
