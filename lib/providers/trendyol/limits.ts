// Trendyol's request budgets (fact sheet §4, the 14 Sep 2026 service-group table). One table for the client, which
// paces itself below them, and for the fake, which answers 429 above them.

export const LISTING_TIERS = ["50k", "75k", "150k", "500k", "unlimited"] as const;
export type ListingTier = (typeof LISTING_TIERS)[number];
export const DEFAULT_LISTING_TIER: ListingTier = "50k";

export const SERVICE_GROUPS = [
  "product_read",
  "product_write",
  "inventory_write",
  "order_read",
  "order_status",
  "order_unsupplied",
  "claim_read",
  "claim_write",
  "other",
] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

const UNLIMITED = Number.POSITIVE_INFINITY;

/** Requests per minute by listing tier (≤50k, 75k, 150k, 500k, unlimited listings). */
const PER_MINUTE: Record<ServiceGroup, readonly [number, number, number, number, number]> = {
  product_read: [1000, 1250, 1500, 1750, 2000],
  product_write: [200, 300, 400, 500, 600],
  inventory_write: [350, 500, 1000, 1500, 2000],
  order_read: [30, 40, 50, 100, 100],
  order_status: [300, 300, 500, UNLIMITED, UNLIMITED],
  order_unsupplied: [100, 100, 200, UNLIMITED, UNLIMITED],
  claim_read: [1000, 1000, 1000, 1000, 1000],
  claim_write: [5, 5, 5, 5, 5],
  other: [UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED],
};

/** The general rule on top of the groups: 50 requests per 10 s per endpoint. */
export const ENDPOINT_LIMIT = { max: 50, windowMs: 10_000 } as const;
export const GROUP_WINDOW_MS = 60_000;

export function groupLimitPerMinute(group: ServiceGroup, tier: ListingTier): number {
  return PER_MINUTE[group][LISTING_TIERS.indexOf(tier)] ?? UNLIMITED;
}

const RULES: [RegExp, ServiceGroup | ((method: string) => ServiceGroup)][] = [
  [/\/price-and-inventory$/, "inventory_write"],
  [/^\/integration\/order\/sellers\/[^/]+\/(v2\/orders|orders\/stream|orders)$/, "order_read"],
  [/\/shipment-packages\/[^/]+\/(items\/unsupplied|split[^/]*|box-info)$/, "order_unsupplied"],
  [/\/shipment-packages\/[^/]+(\/[^/]+)?$/, "order_status"],
  [/\/seller-invoice-links(\/delete)?$/, "order_status"],
  [/\/claims\/[^/]+\/(items\/approve|issue)$/, "claim_write"],
  [/\/claims$|\/claim-issue-reasons$/, "claim_read"],
  [/^\/integration\/product\//, (method) => (method === "GET" ? "product_read" : "product_write")],
];

/** The service group a request counts against. */
export function serviceGroupOf(method: string, path: string): ServiceGroup {
  for (const [pattern, group] of RULES) {
    if (pattern.test(path)) return typeof group === "function" ? group(method) : group;
  }
  return "other";
}

/** Ids out of the path, so "the same endpoint" means the same operation. */
export function endpointKey(method: string, path: string): string {
  const segments = path.split("/").map((segment) => (/\d/.test(segment) && !/^v\d+$/.test(segment) ? ":id" : segment));
  return `${method} ${segments.join("/")}`;
}
