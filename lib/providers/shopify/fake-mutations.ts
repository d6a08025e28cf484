import { getDirectiveValues, GraphQLError, type GraphQLResolveInfo } from "graphql";
import { fakeShopifySchema } from "./fake-schema";
import { requireScope, type FakeContext, type FakeObjects } from "./fake-queries";
import { gid, gidNumber, newId, slug, type FakeProduct, type FakeVariant } from "./fake-store";

type UserError = { field: string[] | null; message: string; code?: string | null };

export const MAX_VARIANTS_PER_PRODUCT = 2048;
const MAX_INPUT_ITEMS = 250;
const MAX_QUANTITY = 1_000_000_000;

/** State that outlives one request: idempotency keys, async productSet operations, counters tests read. */
export type FakeMutationState = {
  idempotency: Map<string, { argsJson: string; status: "in_flight" | "done" | "failed"; result?: unknown }>;
  productOperations: Map<string, { productId: string | null; polls: number; userErrors: UserError[] }>;
  /** Inventory quantities actually changed (a replayed key adds nothing). */
  inventoryChanges: number;
  /** Fulfillments created, with their tracking, for tests and e2e to read. */
  fulfillmentsCreated: number;
};

export type FakeMutationEnv = {
  context: FakeContext;
  objects: FakeObjects;
  state: FakeMutationState;
  /** The version being served: `@idempotent` and `changeFromQuantity` are mandatory from 2026-04. */
  version: string;
  delay: () => Promise<void>;
  onOrderChanged?: (orderId: string, topic: string) => void;
};

type SetInput = {
  title?: string;
  handle?: string;
  status?: FakeProduct["status"];
  descriptionHtml?: string;
  vendor?: string;
  productType?: string;
  tags?: string[];
  productOptions?: { name: string; values?: { name: string }[] }[];
  metafields?: { namespace: string; key: string; value: string }[];
  variants?: {
    id?: string;
    optionValues: { optionName: string; name: string }[];
    sku?: string;
    price?: string;
    compareAtPrice?: string | null;
    barcode?: string;
    inventoryItem?: { sku?: string };
    inventoryQuantities?: { locationId: string; name: string; quantity: number }[];
  }[];
};
type Identifier = { id?: string; handle?: string; customId?: { namespace: string; key: string; value: string } };

const idempotentDirective = fakeShopifySchema.getDirective("idempotent")!;
const isDecimal = (value: string | null | undefined) =>
  value === undefined || value === null || /^\d+(\.\d+)?$/.test(value);

function idempotencyKey(info: GraphQLResolveInfo): string | undefined {
  const node = info.fieldNodes[0];
  const values = node ? getDirectiveValues(idempotentDirective, node, info.variableValues) : undefined;
  return typeof values?.key === "string" ? values.key : undefined;
}

export function createMutations(env: FakeMutationEnv) {
  const { context, objects, state } = env;
  const { store } = context;
  const requiresIdempotency = env.version >= "2026-04";

  function findProduct(identifier: Identifier | undefined): FakeProduct | undefined {
    if (!identifier) return undefined;
    if (identifier.id) return store.products.get(gidNumber(identifier.id));
    if (identifier.handle) return [...store.products.values()].find((p) => p.handle === identifier.handle);
    const custom = identifier.customId;
    if (custom) {
      return [...store.products.values()].find((p) =>
        p.metafields.some((m) => m.namespace === custom.namespace && m.key === custom.key && m.value === custom.value),
      );
    }
    return undefined;
  }

  function validateSet(input: SetInput, existing: FakeProduct | undefined): UserError[] {
    const errors: UserError[] = [];
    if (!existing && !input.title?.trim()) errors.push({ field: ["input", "title"], message: "Title can't be blank" });
    if ((input.variants?.length ?? 0) > MAX_VARIANTS_PER_PRODUCT) {
      errors.push({
        field: ["input", "variants"],
        message: `Exceeded the maximum of ${MAX_VARIANTS_PER_PRODUCT} variants`,
      });
    }
    input.variants?.forEach((variant, index) => {
      if (!isDecimal(variant.price) || !isDecimal(variant.compareAtPrice)) {
        errors.push({
          field: ["input", "variants", String(index), "price"],
          message: "Price is invalid",
          code: "INVALID",
        });
      }
      if (variant.id && existing && !existing.variants.some((v) => v.id === gidNumber(variant.id!))) {
        errors.push({
          field: ["input", "variants", String(index), "id"],
          message: "Variant does not exist",
          code: "NOT_FOUND",
        });
      }
      for (const level of variant.inventoryQuantities ?? []) {
        if (!store.locations.some((l) => l.id === gidNumber(level.locationId))) {
          errors.push({
            field: ["input", "variants", String(index), "inventoryQuantities"],
            message: "Location not found",
          });
        }
      }
    });
    return errors;
  }

  /** List fields replace: variants not matched by id or option values are deleted with their inventory. */
  function applySet(product: FakeProduct, input: SetInput, identifier: Identifier | undefined) {
    for (const key of ["title", "handle", "status", "descriptionHtml", "vendor", "productType", "tags"] as const) {
      if (input[key] !== undefined) Object.assign(product, { [key]: input[key] });
    }
    store.noteHandle(product.handle);
    if (input.metafields)
      product.metafields = input.metafields.map(({ namespace, key, value }) => ({ namespace, key, value }));
    const custom = identifier?.customId;
    if (custom && !product.metafields.some((m) => m.namespace === custom.namespace && m.key === custom.key)) {
      product.metafields.push({ ...custom });
    }
    if (input.variants) {
      const kept: FakeVariant[] = [];
      for (const variantInput of input.variants) {
        const options = variantInput.optionValues.map((o) => ({ name: o.optionName, value: o.name }));
        const sameOptions = (v: FakeVariant) => JSON.stringify(v.options) === JSON.stringify(options);
        const existing = variantInput.id
          ? product.variants.find((v) => v.id === gidNumber(variantInput.id!))
          : product.variants.find((v) => !kept.includes(v) && sameOptions(v));
        const variant = existing ?? store.addVariant(product, { options });
        variant.options = options;
        variant.sku = variantInput.sku ?? variantInput.inventoryItem?.sku ?? variant.sku;
        if (variantInput.price !== undefined) variant.price = variantInput.price;
        if (variantInput.compareAtPrice !== undefined) variant.compareAtPrice = variantInput.compareAtPrice;
        if (variantInput.barcode !== undefined) variant.barcode = variantInput.barcode;
        variant.updatedAt = store.iso();
        for (const level of variantInput.inventoryQuantities ?? []) {
          if (level.name === "available")
            store.setAvailable(variant.inventoryItemId, gidNumber(level.locationId), level.quantity);
        }
        kept.push(variant);
      }
      for (const variant of product.variants) if (!kept.includes(variant)) store.removeVariant(variant);
      product.variants = kept;
    }
    product.updatedAt = store.iso();
  }

  return {
    productSet(args: { input: SetInput; identifier?: Identifier; synchronous?: boolean }) {
      requireScope(context, "write_products", "productSet");
      const existing = findProduct(args.identifier);
      const userErrors: UserError[] =
        args.identifier?.id && !existing
          ? [{ field: ["identifier", "id"], message: "Product does not exist", code: "PRODUCT_DOES_NOT_EXIST" }]
          : validateSet(args.input, existing);
      let product = existing;
      if (userErrors.length === 0) {
        product ??= store.createProduct({
          title: args.input.title,
          handle: args.input.handle ?? args.identifier?.handle ?? slug(args.input.title ?? "product"),
          variants: [],
        });
        applySet(product, args.input, args.identifier);
      }
      if (args.synchronous === false) {
        const id = newId();
        state.productOperations.set(id, { productId: product?.id ?? null, polls: 0, userErrors });
        return {
          product: null,
          productSetOperation: { id: gid("ProductSetOperation", id), status: "CREATED", product: null, userErrors: [] },
          userErrors: [],
        };
      }
      return { product: product && userErrors.length === 0 ? objects.product(product) : null, userErrors };
    },

    productVariantsBulkUpdate(args: {
      productId: string;
      variants: {
        id?: string;
        price?: string;
        compareAtPrice?: string | null;
        barcode?: string;
        inventoryItem?: { sku?: string };
      }[];
    }) {
      requireScope(context, "write_products", "productVariantsBulkUpdate");
      const product = store.products.get(gidNumber(args.productId));
      if (!product)
        return {
          product: null,
          productVariants: null,
          userErrors: [{ field: ["productId"], message: "Product does not exist", code: "PRODUCT_DOES_NOT_EXIST" }],
        };
      if (args.variants.length > MAX_INPUT_ITEMS) {
        return {
          product: null,
          productVariants: null,
          userErrors: [
            { field: ["variants"], message: `Input exceeds ${MAX_INPUT_ITEMS} items`, code: "INVALID_INPUT" },
          ],
        };
      }
      const userErrors: UserError[] = [];
      args.variants.forEach((input, index) => {
        const found = input.id ? product.variants.find((v) => v.id === gidNumber(input.id!)) : undefined;
        if (!found)
          userErrors.push({
            field: ["variants", String(index), "id"],
            message: "Product variant does not exist",
            code: "PRODUCT_VARIANT_DOES_NOT_EXIST",
          });
        if (!isDecimal(input.price) || !isDecimal(input.compareAtPrice))
          userErrors.push({
            field: ["variants", String(index), "price"],
            message: "Price is invalid",
            code: "INVALID",
          });
      });
      if (userErrors.length > 0) return { product: null, productVariants: null, userErrors };
      const updated = args.variants.map((input) => {
        const variant = product.variants.find((v) => v.id === gidNumber(input.id!))!;
        if (input.price !== undefined) variant.price = input.price;
        if (input.compareAtPrice !== undefined) variant.compareAtPrice = input.compareAtPrice;
        if (input.barcode !== undefined) variant.barcode = input.barcode;
        if (input.inventoryItem?.sku !== undefined) variant.sku = input.inventoryItem.sku;
        variant.updatedAt = store.iso();
        return variant;
      });
      product.updatedAt = store.iso();
      return { product: objects.product(product), productVariants: updated.map(objects.variant), userErrors: [] };
    },

    async inventorySetQuantities(
      args: {
        input: {
          name: string;
          reason: string;
          referenceDocumentUri?: string;
          quantities: {
            inventoryItemId: string;
            locationId: string;
            quantity: number;
            changeFromQuantity?: number | null;
          }[];
        };
      },
      _context: unknown,
      info: GraphQLResolveInfo,
    ) {
      requireScope(context, "write_inventory", "inventorySetQuantities");
      const key = idempotencyKey(info);
      if (!key && requiresIdempotency) {
        throw new GraphQLError("The @idempotent directive is required for this mutation.", {
          extensions: { code: "BAD_REQUEST" },
        });
      }
      const argsJson = JSON.stringify(args.input);
      const previous = key ? state.idempotency.get(key) : undefined;
      if (previous) {
        const code =
          previous.argsJson !== argsJson
            ? "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"
            : previous.status === "in_flight"
              ? "IDEMPOTENCY_CONCURRENT_REQUEST"
              : previous.status === "failed"
                ? "IDEMPOTENCY_PREVIOUS_ATTEMPT_FAILED"
                : null;
        if (!code) return previous.result;
        return {
          inventoryAdjustmentGroup: null,
          userErrors: [{ field: ["input"], message: code.toLowerCase().replace(/_/g, " "), code }],
        };
      }
      if (key) state.idempotency.set(key, { argsJson, status: "in_flight" });
      await env.delay();
      const result = setQuantities(args.input);
      if (key) state.idempotency.set(key, { argsJson, status: result.userErrors.length ? "failed" : "done", result });
      return result;
    },

    fulfillmentCreate(args: {
      fulfillment: {
        lineItemsByFulfillmentOrder: {
          fulfillmentOrderId: string;
          fulfillmentOrderLineItems?: { id: string; quantity: number }[];
        }[];
        trackingInfo?: { company?: string; number?: string; url?: string };
      };
    }) {
      requireScope(context, "write_merchant_managed_fulfillment_orders", "fulfillmentCreate");
      const groups = args.fulfillment.lineItemsByFulfillmentOrder;
      const order = [...store.orders.values()].find((o) =>
        o.fulfillmentOrders.some((fo) => fo.id === gidNumber(groups[0]?.fulfillmentOrderId ?? "")),
      );
      if (!order)
        return {
          fulfillment: null,
          userErrors: [{ field: ["fulfillment"], message: "Fulfillment order does not exist." }],
        };
      const userErrors: UserError[] = [];
      const plan: { line: { remaining: number }; quantity: number }[] = [];
      for (const group of groups) {
        const fo = order.fulfillmentOrders.find((f) => f.id === gidNumber(group.fulfillmentOrderId));
        if (!fo || fo.status === "CLOSED") {
          userErrors.push({ field: ["fulfillment"], message: "Fulfillment order is not in a fulfillable state." });
          continue;
        }
        const wanted =
          group.fulfillmentOrderLineItems ??
          fo.lines.map((l) => ({ id: gid("FulfillmentOrderLineItem", l.id), quantity: l.remaining }));
        for (const item of wanted) {
          const line = fo.lines.find((l) => l.id === gidNumber(item.id));
          if (!line || item.quantity > line.remaining || item.quantity < 1) {
            userErrors.push({
              field: ["fulfillment"],
              message: "Invalid fulfillment order line item quantity requested.",
            });
          } else plan.push({ line, quantity: item.quantity });
        }
      }
      if (userErrors.length) return { fulfillment: null, userErrors };
      for (const { line, quantity } of plan) line.remaining -= quantity;
      for (const fo of order.fulfillmentOrders)
        fo.status = fo.lines.every((l) => l.remaining === 0) ? "CLOSED" : fo.status;
      const tracking = args.fulfillment.trackingInfo;
      const fulfillment = {
        id: newId(),
        orderId: order.id,
        status: "SUCCESS",
        tracking: tracking
          ? [{ company: tracking.company ?? null, number: tracking.number ?? null, url: tracking.url ?? null }]
          : [],
      };
      order.fulfillments.push(fulfillment);
      const remaining = order.fulfillmentOrders.some((fo) => fo.lines.some((l) => l.remaining > 0));
      order.fulfillmentStatus = remaining ? "PARTIALLY_FULFILLED" : "FULFILLED";
      store.touchOrder(order);
      state.fulfillmentsCreated += 1;
      env.onOrderChanged?.(order.id, "orders/updated");
      return { fulfillment: objects.fulfillment(fulfillment), userErrors: [] };
    },
  };

  /** All or nothing, like Shopify: one stale or invalid quantity fails the whole call and changes nothing. */
  function setQuantities(input: {
    name: string;
    reason: string;
    referenceDocumentUri?: string;
    quantities: { inventoryItemId: string; locationId: string; quantity: number; changeFromQuantity?: number | null }[];
  }) {
    const userErrors: UserError[] = [];
    if (input.quantities.length > MAX_INPUT_ITEMS) {
      userErrors.push({
        field: ["input", "quantities"],
        message: `Input exceeds ${MAX_INPUT_ITEMS} items`,
        code: "INVALID",
      });
    }
    input.quantities.forEach((q, index) => {
      const field = ["input", "quantities", String(index)];
      const item = gidNumber(q.inventoryItemId);
      const location = gidNumber(q.locationId);
      const current = store.available(item, location);
      const fail = (code: string, message: string, at = field) => userErrors.push({ field: at, message, code });
      if (!store.inventoryItems.has(item))
        return fail("INVALID_INVENTORY_ITEM", "The specified inventory item could not be found.");
      if (!store.locations.some((l) => l.id === location))
        return fail("INVALID_LOCATION", "The specified location could not be found.");
      if (current === undefined)
        return fail("ITEM_NOT_STOCKED_AT_LOCATION", "The specified inventory item is not stocked at the location.");
      if (q.quantity > MAX_QUANTITY)
        return fail("INVALID_QUANTITY_TOO_HIGH", "The quantity can't be higher than 1,000,000,000.");
      if (q.quantity < 0) return fail("INVALID_QUANTITY_NEGATIVE", "The quantity can't be negative.");
      if (requiresIdempotency && !("changeFromQuantity" in q)) {
        return fail("INVALID", "changeFromQuantity is required; pass null to opt out of the compare check.", [
          ...field,
          "changeFromQuantity",
        ]);
      }
      if (q.changeFromQuantity !== null && q.changeFromQuantity !== undefined && q.changeFromQuantity !== current) {
        return fail(
          "CHANGE_FROM_QUANTITY_STALE",
          "The specified compare quantity does not match the current quantity.",
          [...field, "changeFromQuantity"],
        );
      }
    });
    if (userErrors.length > 0) return { inventoryAdjustmentGroup: null, userErrors };
    const changes = input.quantities.map((q) => {
      const item = gidNumber(q.inventoryItemId);
      const location = gidNumber(q.locationId);
      const delta = q.quantity - (store.available(item, location) ?? 0);
      store.setAvailable(item, location, q.quantity);
      if (delta !== 0) state.inventoryChanges += 1;
      const variant = store.inventoryItems.get(item)!;
      return {
        name: input.name,
        delta,
        quantityAfterChange: null,
        item: () => objects.inventoryItem(variant),
        location: () => objects.node(gid("Location", location)),
      };
    });
    return {
      inventoryAdjustmentGroup: {
        id: gid("InventoryAdjustmentGroup", newId()),
        reason: input.reason,
        referenceDocumentUri: input.referenceDocumentUri ?? null,
        changes,
      },
      userErrors: [],
    };
  }
}
