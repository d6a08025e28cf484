import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
} from "graphql";

/** The slice of the Admin API (2026-10) Köprü uses; an unknown field fails validation exactly as it would at Shopify. */
const CONNECTIONS = ["Location", "Product", "ProductVariant", "Order", "LineItem", "Customer", "FulfillmentOrder"];
const FO_LINE = "FulfillmentOrderLineItem";

const connectionSdl = (type: string) => `
  type ${type}Connection { nodes: [${type}!]! edges: [${type}Edge!]! pageInfo: PageInfo! }
  type ${type}Edge { cursor: String! node: ${type}! }`;

export const FAKE_SHOPIFY_SDL = `
directive @idempotent(key: String!) on FIELD
scalar DateTime
scalar Decimal
scalar URL
scalar UnsignedInt64

interface Node { id: ID! }
type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! endCursor: String startCursor: String }
${[...CONNECTIONS, FO_LINE].map(connectionSdl).join("\n")}

enum ProductStatus { ACTIVE DRAFT ARCHIVED }
enum ProductSortKeys { ID TITLE UPDATED_AT CREATED_AT }
enum OrderSortKeys { ID CREATED_AT UPDATED_AT PROCESSED_AT }
enum CustomerSortKeys { ID UPDATED_AT }
enum BulkOperationType { QUERY MUTATION }
enum BulkOperationStatus { CREATED RUNNING COMPLETED FAILED CANCELING CANCELED EXPIRED }
enum ProductSetOperationStatus { CREATED ACTIVE COMPLETE }
enum CurrencyCode { TRY USD EUR }

type Shop { id: ID! name: String! myshopifyDomain: String! currencyCode: CurrencyCode! }
type Location implements Node { id: ID! name: String! isActive: Boolean! fulfillsOnlineOrders: Boolean! }
type Metafield { namespace: String! key: String! value: String! }
type Product implements Node {
  id: ID! legacyResourceId: UnsignedInt64! handle: String! title: String! status: ProductStatus! descriptionHtml: String!
  vendor: String! productType: String! tags: [String!]! createdAt: DateTime! updatedAt: DateTime!
  variants(first: Int, after: String): ProductVariantConnection!
  metafield(namespace: String!, key: String!): Metafield
}
type SelectedOption { name: String! value: String! }
type ProductVariant implements Node {
  id: ID! legacyResourceId: UnsignedInt64! sku: String barcode: String price: Decimal! compareAtPrice: Decimal
  title: String! selectedOptions: [SelectedOption!]! product: Product! inventoryItem: InventoryItem! updatedAt: DateTime!
}
type InventoryQuantity { name: String! quantity: Int! }
type InventoryLevel { id: ID! location: Location! quantities(names: [String!]!): [InventoryQuantity!]! }
type InventoryItem implements Node {
  id: ID! sku: String tracked: Boolean! variant: ProductVariant
  inventoryLevel(locationId: ID!): InventoryLevel
}
type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }
type MailingAddress {
  name: String address1: String address2: String city: String province: String zip: String countryCodeV2: String phone: String
}
type CustomerEmailAddress { emailAddress: String }
type CustomerPhoneNumber { phoneNumber: String }
type Customer implements Node {
  id: ID! firstName: String lastName: String displayName: String! updatedAt: DateTime!
  defaultEmailAddress: CustomerEmailAddress defaultPhoneNumber: CustomerPhoneNumber
}
type LineItem implements Node {
  id: ID! sku: String name: String! quantity: Int! currentQuantity: Int! originalUnitPriceSet: MoneyBag!
  variant: ProductVariant
}
type FulfillmentOrderLineItem { id: ID! remainingQuantity: Int! totalQuantity: Int! lineItem: LineItem! }
type FulfillmentOrder implements Node {
  id: ID! status: String! lineItems(first: Int, after: String): FulfillmentOrderLineItemConnection!
}
type FulfillmentTrackingInfo { company: String number: String url: URL }
type Fulfillment implements Node { id: ID! status: String! order: Order! trackingInfo(first: Int): [FulfillmentTrackingInfo!]! }
type Refund implements Node { id: ID! createdAt: DateTime! order: Order! }
type Order implements Node {
  id: ID! legacyResourceId: UnsignedInt64! name: String! email: String createdAt: DateTime! updatedAt: DateTime!
  cancelledAt: DateTime displayFinancialStatus: String displayFulfillmentStatus: String! currencyCode: CurrencyCode!
  currentTotalPriceSet: MoneyBag! customer: Customer shippingAddress: MailingAddress
  lineItems(first: Int, after: String): LineItemConnection!
  fulfillmentOrders(first: Int, after: String): FulfillmentOrderConnection!
  fulfillments(first: Int): [Fulfillment!]!
}
type BulkOperation implements Node {
  id: ID! status: BulkOperationStatus! errorCode: String objectCount: UnsignedInt64! url: URL partialDataUrl: URL
  createdAt: DateTime! completedAt: DateTime query: String!
}
type UserError { field: [String!] message: String! code: String }
type ProductSetOperation implements Node { id: ID! status: ProductSetOperationStatus! product: Product userErrors: [UserError!]! }
type InventoryChange { name: String! delta: Int! quantityAfterChange: Int item: InventoryItem location: Location }
type InventoryAdjustmentGroup { id: ID! reason: String! referenceDocumentUri: String changes: [InventoryChange!]! }

type Query {
  shop: Shop!
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
  locations(first: Int, after: String, includeInactive: Boolean): LocationConnection!
  products(first: Int, after: String, query: String, sortKey: ProductSortKeys, reverse: Boolean): ProductConnection!
  product(id: ID!): Product
  productVariants(first: Int, after: String, query: String): ProductVariantConnection!
  productOperation(id: ID!): ProductSetOperation
  inventoryItem(id: ID!): InventoryItem
  orders(first: Int, after: String, query: String, sortKey: OrderSortKeys, reverse: Boolean): OrderConnection!
  order(id: ID!): Order
  customers(first: Int, after: String, query: String, sortKey: CustomerSortKeys): CustomerConnection!
  customer(id: ID!): Customer
  refund(id: ID!): Refund
  fulfillment(id: ID!): Fulfillment
  bulkOperation(id: ID!): BulkOperation
  currentBulkOperation(type: BulkOperationType): BulkOperation
}

input MetafieldInput { namespace: String! key: String! value: String! type: String }
input UniqueMetafieldValueInput { namespace: String! key: String! value: String! }
input ProductSetIdentifiers { id: ID handle: String customId: UniqueMetafieldValueInput }
input OptionValueSetInput { name: String! }
input OptionSetInput { name: String! values: [OptionValueSetInput!] }
input VariantOptionValueInput { optionName: String! name: String! }
input InventoryItemInput { sku: String tracked: Boolean cost: Decimal }
input ProductSetInventoryInput { locationId: ID! name: String! quantity: Int! }
input ProductVariantSetInput {
  id: ID optionValues: [VariantOptionValueInput!]! sku: String price: Decimal compareAtPrice: Decimal barcode: String
  inventoryItem: InventoryItemInput inventoryQuantities: [ProductSetInventoryInput!]
}
input ProductSetInput {
  title: String handle: String status: ProductStatus descriptionHtml: String vendor: String productType: String
  tags: [String!] productOptions: [OptionSetInput!] variants: [ProductVariantSetInput!] metafields: [MetafieldInput!]
}
input ProductVariantsBulkInput { id: ID price: Decimal compareAtPrice: Decimal barcode: String inventoryItem: InventoryItemInput }
input InventoryQuantityInput { inventoryItemId: ID! locationId: ID! quantity: Int! changeFromQuantity: Int }
input InventorySetQuantitiesInput {
  name: String! reason: String! referenceDocumentUri: String quantities: [InventoryQuantityInput!]! ignoreCompareQuantity: Boolean
}
input FulfillmentOrderLineItemInput { id: ID! quantity: Int! }
input FulfillmentOrderLineItemsInput { fulfillmentOrderId: ID! fulfillmentOrderLineItems: [FulfillmentOrderLineItemInput!] }
input FulfillmentTrackingInput { company: String number: String url: URL }
input FulfillmentInput {
  lineItemsByFulfillmentOrder: [FulfillmentOrderLineItemsInput!]! trackingInfo: FulfillmentTrackingInput notifyCustomer: Boolean
}

type ProductSetPayload { product: Product productSetOperation: ProductSetOperation userErrors: [UserError!]! }
type ProductVariantsBulkUpdatePayload { product: Product productVariants: [ProductVariant!] userErrors: [UserError!]! }
type InventorySetQuantitiesPayload { inventoryAdjustmentGroup: InventoryAdjustmentGroup userErrors: [UserError!]! }
type FulfillmentCreatePayload { fulfillment: Fulfillment userErrors: [UserError!]! }
type BulkOperationRunQueryPayload { bulkOperation: BulkOperation userErrors: [UserError!]! }

type Mutation {
  productSet(input: ProductSetInput!, identifier: ProductSetIdentifiers, synchronous: Boolean = true): ProductSetPayload
  productVariantsBulkUpdate(productId: ID!, variants: [ProductVariantsBulkInput!]!, allowPartialUpdates: Boolean): ProductVariantsBulkUpdatePayload
  inventorySetQuantities(input: InventorySetQuantitiesInput!): InventorySetQuantitiesPayload
  fulfillmentCreate(fulfillment: FulfillmentInput!, message: String): FulfillmentCreatePayload
  bulkOperationRunQuery(query: String!, groupObjects: Boolean): BulkOperationRunQueryPayload
}
`;

export const fakeShopifySchema: GraphQLSchema = buildSchema(FAKE_SHOPIFY_SDL);

/** Mutations cost a flat 10 points, as documented. */
export const MUTATION_COST = 10;

/**
 * Shopify's requested cost: scalars and enums 0, each object 1, a connection 2 + `first` × the cost of one node, a
 * list fetched by `ids` one per id.
 */
export function requestedCost(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  if (operation.operation === "mutation") return MUTATION_COST;
  const root = fakeShopifySchema.getQueryType();
  return root ? selectionCost(root, operation.selectionSet, { fragments, variables }) : 0;
}

type CostContext = { fragments: Record<string, FragmentDefinitionNode>; variables: Record<string, unknown> };

function fieldsOf(parent: GraphQLCompositeType): Record<string, GraphQLField<unknown, unknown>> {
  return "getFields" in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
}

function compositeType(name: string): GraphQLCompositeType | undefined {
  const type = fakeShopifySchema.getType(name);
  return type && (isObjectType(type) || isInterfaceType(type)) ? type : undefined;
}

function selectionCost(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, context: CostContext): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = context.fragments[selection.name.value];
      const type = fragment && compositeType(fragment.typeCondition.name.value);
      if (fragment && type) total += selectionCost(type, fragment.selectionSet, context);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? compositeType(selection.typeCondition.name.value) : parent;
      if (type) total += selectionCost(type, selection.selectionSet, context);
      continue;
    }
    const field = fieldsOf(parent)[selection.name.value];
    if (!field || !selection.selectionSet) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named) && !isInterfaceType(named)) continue;
    const args: Record<string, unknown> = {};
    for (const argument of selection.arguments ?? []) {
      args[argument.name.value] = valueFromASTUntyped(argument.value, context.variables);
    }
    if (named.name.endsWith("Connection")) {
      const first = Number(args.first ?? args.last ?? 0) || 0;
      total += 2 + first * nodeCost(named, selection.selectionSet, context);
    } else if (isList(field.type) && Array.isArray(args.ids)) {
      total += args.ids.length * (1 + selectionCost(named, selection.selectionSet, context));
    } else {
      total += 1 + selectionCost(named, selection.selectionSet, context);
    }
  }
  return total;
}

/** One node of a connection: `nodes { … }` or `edges { node { … } }`. */
function nodeCost(connection: GraphQLCompositeType, selectionSet: SelectionSetNode, context: CostContext): number {
  const nodeType = compositeType(connection.name.replace(/Connection$/, ""));
  if (!nodeType) return 1;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
    if (selection.name.value === "nodes")
      cost = Math.max(cost, 1 + selectionCost(nodeType, selection.selectionSet, context));
    if (selection.name.value === "edges") {
      for (const inner of selection.selectionSet.selections) {
        if (inner.kind === Kind.FIELD && inner.name.value === "node" && inner.selectionSet) {
          cost = Math.max(cost, 1 + selectionCost(nodeType, inner.selectionSet, context));
        }
      }
    }
  }
  return Math.max(cost, 1);
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
