/** The fake Shopify's data: products, inventory, orders, customers and bulk operations, with Shopify's ids. */

export type FakeVariant = {
  id: string;
  productId: string;
  sku: string | null;
  barcode: string | null;
  price: string;
  compareAtPrice: string | null;
  options: { name: string; value: string }[];
  inventoryItemId: string;
  updatedAt: string;
};

export type FakeProduct = {
  id: string;
  handle: string;
  title: string;
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  descriptionHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  metafields: { namespace: string; key: string; value: string }[];
  createdAt: string;
  updatedAt: string;
  variants: FakeVariant[];
};

export type FakeCustomer = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  updatedAt: string;
};

export type FakeLineItem = {
  id: string;
  sku: string | null;
  name: string;
  quantity: number;
  price: string;
  variantId: string | null;
};

export type FakeFulfillmentOrder = {
  id: string;
  status: "OPEN" | "IN_PROGRESS" | "CLOSED";
  lines: { id: string; lineItemId: string; total: number; remaining: number }[];
};

export type FakeFulfillment = {
  id: string;
  orderId: string;
  status: string;
  tracking: { company: string | null; number: string | null; url: string | null }[];
};

export type FakeAddress = Record<string, string | null>;

export type FakeOrder = {
  id: string;
  name: string;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  financialStatus: string;
  fulfillmentStatus: "UNFULFILLED" | "PARTIALLY_FULFILLED" | "FULFILLED";
  currency: string;
  total: string;
  customerId: string | null;
  shippingAddress: FakeAddress | null;
  lineItems: FakeLineItem[];
  fulfillmentOrders: FakeFulfillmentOrder[];
  fulfillments: FakeFulfillment[];
  refunds: { id: string; createdAt: string }[];
};

export type FakeLocation = { id: string; name: string; isActive: boolean; fulfillsOnlineOrders: boolean };

/** Numeric ids Shopify hands out today are 19 digits for newer resources: beyond 2^53 on purpose. */
let nextId = 8_207_000_000_000_000_000n;
export const newId = (): string => String((nextId += 17n));

export const gid = (type: string, id: string) => `gid://shopify/${type}/${id}`;
export const gidNumber = (value: string): string => /\/(\d+)(?:\?.*)?$/.exec(value)?.[1] ?? value;
export const gidType = (value: string): string | undefined => /^gid:\/\/shopify\/([A-Za-z]+)\//.exec(value)?.[1];

export type FakeStore = ReturnType<typeof createFakeStore>;

export function createFakeStore(now: () => number) {
  const iso = () => new Date(now()).toISOString();
  const products = new Map<string, FakeProduct>();
  /** Every handle ever given out (a handle changed by productSet may leave a stale entry; `taken` confirms). */
  const handles = new Set<string>();
  const variants = new Map<string, FakeVariant>();
  const inventoryItems = new Map<string, FakeVariant>();
  /** `${inventoryItemId}|${locationId}` → available. A missing key: the item is not stocked there. */
  const inventory = new Map<string, number>();
  const customers = new Map<string, FakeCustomer>();
  const orders = new Map<string, FakeOrder>();
  const locations: FakeLocation[] = [
    { id: newId(), name: "Ana Depo", isActive: true, fulfillsOnlineOrders: true },
    { id: newId(), name: "Mağaza", isActive: true, fulfillsOnlineOrders: false },
  ];

  function addVariant(product: FakeProduct, input: Partial<FakeVariant>): FakeVariant {
    const variant: FakeVariant = {
      id: newId(),
      productId: product.id,
      sku: input.sku ?? null,
      barcode: input.barcode ?? null,
      price: input.price ?? "0.00",
      compareAtPrice: input.compareAtPrice ?? null,
      options: input.options ?? [{ name: "Title", value: "Default Title" }],
      inventoryItemId: newId(),
      updatedAt: iso(),
    };
    variants.set(variant.id, variant);
    inventoryItems.set(variant.inventoryItemId, variant);
    for (const location of locations)
      if (location.isActive) inventory.set(`${variant.inventoryItemId}|${location.id}`, 0);
    return variant;
  }

  function removeVariant(variant: FakeVariant) {
    variants.delete(variant.id);
    inventoryItems.delete(variant.inventoryItemId);
    for (const location of locations) inventory.delete(`${variant.inventoryItemId}|${location.id}`);
  }

  function createProduct(input: Partial<Omit<FakeProduct, "variants">> & { variants?: Partial<FakeVariant>[] }) {
    const product: FakeProduct = {
      id: newId(),
      handle: uniqueHandle(input.handle ?? slug(input.title ?? "product")),
      title: input.title ?? "Product",
      status: input.status ?? "ACTIVE",
      descriptionHtml: input.descriptionHtml ?? "",
      vendor: input.vendor ?? "",
      productType: input.productType ?? "",
      tags: input.tags ?? [],
      metafields: input.metafields ?? [],
      createdAt: iso(),
      updatedAt: iso(),
      variants: [],
    };
    products.set(product.id, product);
    handles.add(product.handle);
    for (const variant of input.variants ?? [{}]) product.variants.push(addVariant(product, variant));
    return product;
  }

  function uniqueHandle(base: string): string {
    const taken = (handle: string) => [...products.values()].some((p) => p.handle === handle);
    if (!handles.has(base) || !taken(base)) return base;
    for (let i = 1; ; i++) if (!handles.has(`${base}-${i}`) || !taken(`${base}-${i}`)) return `${base}-${i}`;
  }

  /** A new customer, or the existing one `input.id` names (a returning buyer). */
  function addCustomer(input: Partial<FakeCustomer> = {}): FakeCustomer {
    const existing = input.id ? customers.get(input.id) : undefined;
    if (existing) return existing;
    const customer: FakeCustomer = {
      id: newId(),
      firstName: input.firstName ?? "Ayşe",
      lastName: input.lastName ?? "Yılmaz",
      email: input.email ?? "ayse@example.com",
      phone: input.phone ?? "+905551112233",
      updatedAt: iso(),
    };
    customers.set(customer.id, customer);
    return customer;
  }

  /** An order as a shopper's checkout would create it, with one open fulfillment order for all its lines. */
  function addOrder(input: {
    lines: { sku: string; quantity: number; price: string }[];
    customer?: Partial<FakeCustomer>;
    createdAt?: string;
    currency?: string;
    /** A chosen numeric id (tests that deliver a known order id); otherwise a new 19-digit one. */
    id?: string;
  }): FakeOrder {
    const customer = addCustomer(input.customer);
    const createdAt = input.createdAt ?? iso();
    const lineItems = input.lines.map((line) => {
      const variant = [...variants.values()].find((v) => v.sku === line.sku);
      return {
        id: newId(),
        sku: line.sku,
        name: line.sku,
        quantity: line.quantity,
        price: line.price,
        variantId: variant?.id ?? null,
      };
    });
    const totalCents = lineItems.reduce((sum, line) => sum + Math.round(Number(line.price) * 100) * line.quantity, 0);
    const order: FakeOrder = {
      id: input.id ?? newId(),
      name: `#${1000 + orders.size + 1}`,
      email: customer.email,
      createdAt,
      updatedAt: createdAt,
      cancelledAt: null,
      financialStatus: "PAID",
      fulfillmentStatus: "UNFULFILLED",
      currency: input.currency ?? "TRY",
      total: (totalCents / 100).toFixed(2),
      customerId: customer.id,
      shippingAddress: {
        name: `${customer.firstName ?? ""} ${customer.lastName ?? ""}`.trim(),
        address1: "Bağdat Cad. No:1",
        address2: null,
        city: "Kadıköy",
        province: "İstanbul",
        zip: "34710",
        countryCodeV2: "TR",
        phone: customer.phone,
      },
      lineItems,
      fulfillmentOrders: [
        {
          id: newId(),
          status: "OPEN",
          lines: lineItems.map((line) => ({
            id: newId(),
            lineItemId: line.id,
            total: line.quantity,
            remaining: line.quantity,
          })),
        },
      ],
      fulfillments: [],
      refunds: [],
    };
    orders.set(order.id, order);
    return order;
  }

  return {
    products,
    variants,
    inventoryItems,
    inventory,
    customers,
    orders,
    locations,
    iso,
    createProduct,
    addVariant,
    removeVariant,
    addCustomer,
    addOrder,
    noteHandle(handle: string) {
      handles.add(handle);
    },
    touchOrder(order: FakeOrder) {
      order.updatedAt = iso();
    },
    setAvailable(inventoryItemId: string, locationId: string, quantity: number) {
      inventory.set(`${inventoryItemId}|${locationId}`, quantity);
    },
    available(inventoryItemId: string, locationId: string): number | undefined {
      return inventory.get(`${inventoryItemId}|${locationId}`);
    },
  };
}

export function slug(title: string): string {
  return (
    title
      .toLocaleLowerCase("tr")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ı/g, "i")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "product"
  );
}
