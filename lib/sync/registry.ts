import type { ProviderId, SyncKind } from "@/lib/providers/types";
import type { SyncHandler } from "./sync-deps";
import { syncHepsiburadaOrdersIn } from "./hepsiburada/orders-in";
import { syncHepsiburadaStockPriceOut } from "./hepsiburada/stock-price-out";
import { syncTrendyolOrdersIn } from "./trendyol/orders-in";
import { syncTrendyolProductsOut } from "./trendyol/products-out";
import { syncTrendyolStockPriceOut } from "./trendyol/stock-price-out";

/** Which provider runs which sync kind. Providers without an entry have no sync implemented yet. */
const SYNC_HANDLERS: Partial<Record<ProviderId, Partial<Record<SyncKind, SyncHandler>>>> = {
  trendyol: {
    products_out: syncTrendyolProductsOut,
    stock_price_out: syncTrendyolStockPriceOut,
    orders_in: syncTrendyolOrdersIn,
  },
  hepsiburada: {
    stock_price_out: syncHepsiburadaStockPriceOut,
    orders_in: syncHepsiburadaOrdersIn,
  },
};

export function getSyncHandler(integrationId: string, kind: string): SyncHandler | undefined {
  return SYNC_HANDLERS[integrationId as ProviderId]?.[kind as SyncKind];
}

export function implementedSyncKinds(integrationId: string): SyncKind[] {
  return Object.keys(SYNC_HANDLERS[integrationId as ProviderId] ?? {}) as SyncKind[];
}
