import type { MarketplaceOrderStatus } from "@/lib/providers/marketplace";

/** Hepsiburada package statuses, compared without case, spaces or underscores ("ReadyToShip", "IN_TRANSIT"). */
const STATUS_BY_NAME: Record<string, MarketplaceOrderStatus> = {
  open: "created",
  new: "created",
  created: "created",
  unpacked: "created",
  packaged: "picking",
  picking: "picking",
  readytoship: "invoiced",
  invoiced: "invoiced",
  shipped: "shipped",
  intransit: "shipped",
  delivered: "delivered",
  undelivered: "undelivered",
  cancelled: "cancelled",
  cancelledbymerchant: "cancelled",
  cancelledbycustomer: "cancelled",
  cancelledbysap: "cancelled",
  returned: "returned",
  unsupplied: "unsupplied",
};

export function toOrderStatus(status: string): MarketplaceOrderStatus | undefined {
  return STATUS_BY_NAME[status.toLowerCase().replace(/[\s_-]/g, "")];
}
