import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { productSearchText } from "./fold";
import { integrations } from "./integrations";
import type { AttributeValueChoice } from "./marketplace-catalog";

/** The merchant's products; prices are integer kuruş. */
export const products = pgTable(
  "products",
  {
    id: serial("id").primaryKey(),
    sku: text("sku").notNull().unique(),
    barcode: text("barcode"),
    title: text("title").notNull(),
    description: text("description"),
    brand: text("brand"),
    category: text("category"),
    vatRate: integer("vat_rate").notNull().default(20),
    listPrice: integer("list_price").notNull(),
    salePrice: integer("sale_price").notNull(),
    currency: text("currency").notNull().default("TRY"),
    stock: integer("stock").notNull().default(0),
    images: jsonb("images").$type<string[]>().notNull().default([]),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("products_updated_idx").on(table.updatedAt, table.id),
    index("products_barcode_idx").on(table.barcode),
    index("products_brand_idx").on(table.brand),
    index("products_category_idx").on(table.category),
    index("products_search_fold_idx").using("gin", sql`kopru_fold(${productSearchText(table)}) gin_trgm_ops`),
  ],
);

export const listingStatus = ["pending", "active", "failed"] as const;
export type ListingStatus = (typeof listingStatus)[number];

/** A product as listed on one marketplace: what we last pushed and what the marketplace said about it. */
export const listings = pgTable(
  "listings",
  {
    id: serial("id").primaryKey(),
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text("sku").notNull(),
    remoteId: text("remote_id"),
    remoteStatus: text("remote_status").$type<ListingStatus>().notNull().default("pending"),
    lastPushedListPrice: integer("last_pushed_list_price"),
    lastPushedSalePrice: integer("last_pushed_sale_price"),
    lastPushedStock: integer("last_pushed_stock"),
    lastPushedAt: timestamp("last_pushed_at", { withTimezone: true }),
    lastError: text("last_error"),
    /**
     * A stock the channel reported that differed from what Köprü last pushed. Köprü's value is pushed again on the
     * next run; this stays for the admin to see until they keep Köprü's value or take the channel's.
     */
    reportedStock: integer("reported_stock"),
    reportedStockAt: timestamp("reported_stock_at", { withTimezone: true }),
    remoteCategoryId: text("remote_category_id"),
    remoteBrandId: text("remote_brand_id"),
    /** Further ids the marketplace gave the listing (Shopify: product, variant and inventory-item GIDs). */
    remoteRefs: jsonb("remote_refs").$type<Record<string, string>>().notNull().default({}),
    /** The product's own attribute values for its marketplace category (over the category match's defaults). */
    remoteAttributes: jsonb("remote_attributes").$type<AttributeValueChoice[]>(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("listings_integration_sku_idx").on(table.integrationId, table.sku),
    index("listings_product_idx").on(table.productId),
    index("listings_failed_idx")
      .on(table.integrationId)
      .where(sql`${table.remoteStatus} = 'failed'`),
  ],
);

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type Listing = typeof listings.$inferSelect;
