import type { Listing, ListingStatus, Product } from "@/db/schema";
import { formatKurus } from "./money";

/** A product's status on one marketplace, as the list shows it. */
export type ListingSummary = { integration_id: string; remote_status: ListingStatus; last_error: string | null };

export type ListingDetail = ListingSummary & {
  remote_id: string | null;
  last_pushed_at: string | null;
  last_pushed_list_price: string | null;
  last_pushed_sale_price: string | null;
  last_pushed_stock: number | null;
  /** A stock the channel reported that differed from Köprü's (Köprü's was pushed again); null when none. */
  reported_stock: number | null;
  reported_stock_at: string | null;
  updated_at: string;
};

/** What the API and the console see of a product: prices as TRY decimals ("199.90"), kuruş stay internal. */
export type ProductView = {
  id: number;
  sku: string;
  barcode: string | null;
  title: string;
  brand: string | null;
  category: string | null;
  vat_rate: number;
  list_price: string;
  sale_price: string;
  currency: string;
  stock: number;
  is_active: boolean;
  updated_at: string;
  listings: ListingSummary[];
};

export type ProductDetailView = Omit<ProductView, "listings"> & {
  description: string | null;
  images: string[];
  created_at: string;
  listings: ListingDetail[];
};

export type ProductPage = { items: ProductView[]; next_cursor: string | null };

const priceOrNull = (kurus: number | null) => (kurus === null ? null : formatKurus(kurus));

export function toListingSummary(listing: Listing): ListingSummary {
  return { integration_id: listing.integrationId, remote_status: listing.remoteStatus, last_error: listing.lastError };
}

export function toListingDetail(listing: Listing): ListingDetail {
  return {
    ...toListingSummary(listing),
    remote_id: listing.remoteId,
    last_pushed_at: listing.lastPushedAt?.toISOString() ?? null,
    last_pushed_list_price: priceOrNull(listing.lastPushedListPrice),
    last_pushed_sale_price: priceOrNull(listing.lastPushedSalePrice),
    last_pushed_stock: listing.lastPushedStock,
    reported_stock: listing.reportedStock,
    reported_stock_at: listing.reportedStockAt?.toISOString() ?? null,
    updated_at: listing.updatedAt.toISOString(),
  };
}

export function toProductView(product: Product, listings: Listing[]): ProductView {
  return {
    id: product.id,
    sku: product.sku,
    barcode: product.barcode,
    title: product.title,
    brand: product.brand,
    category: product.category,
    vat_rate: product.vatRate,
    list_price: formatKurus(product.listPrice),
    sale_price: formatKurus(product.salePrice),
    currency: product.currency,
    stock: product.stock,
    is_active: product.isActive,
    updated_at: product.updatedAt.toISOString(),
    listings: listings.map(toListingSummary),
  };
}

export function toProductDetailView(product: Product, listings: Listing[]): ProductDetailView {
  return {
    ...toProductView(product, []),
    description: product.description,
    images: product.images,
    created_at: product.createdAt.toISOString(),
    listings: listings.map(toListingDetail),
  };
}
