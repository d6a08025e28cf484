import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { integrations } from "./integrations";

/** One attribute value chosen for a marketplace category: value ids from the marketplace's list, or free text. */
export type AttributeValueChoice = { attributeId: string; valueIds?: string[]; text?: string };

/** One attribute of a marketplace category, as cached from the marketplace. */
export type CachedCategoryAttribute = {
  attributeId: string;
  name: string;
  isRequired: boolean;
  allowsCustom: boolean;
  allowsMultiple: boolean;
  isVarianter: boolean;
  values: { id: string; name: string }[];
};

/** A marketplace's category tree, flattened; products may only be listed on leaves. Refreshed weekly. */
export const marketplaceCategories = pgTable(
  "marketplace_categories",
  {
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    remoteId: text("remote_id").notNull(),
    parentId: text("parent_id"),
    name: text("name").notNull(),
    path: text("path").notNull(),
    isLeaf: boolean("is_leaf").notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.integrationId, table.remoteId] }),
    index("marketplace_categories_path_idx").on(table.integrationId, table.path),
  ],
);

export const marketplaceBrands = pgTable(
  "marketplace_brands",
  {
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    remoteId: text("remote_id").notNull(),
    name: text("name").notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.integrationId, table.remoteId] }),
    index("marketplace_brands_name_idx").on(table.integrationId, table.name),
  ],
);

/** A category's attributes and their allowed values, fetched when the category is first matched. */
export const marketplaceCategoryAttributes = pgTable(
  "marketplace_category_attributes",
  {
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    categoryId: text("category_id").notNull(),
    attributes: jsonb("attributes").$type<CachedCategoryAttribute[]>().notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.integrationId, table.categoryId] })],
);

/**
 * Defaults per Köprü category (the products' own `category` text): the marketplace leaf category, brand and attribute
 * values every product of that category gets unless the product has its own.
 */
export const marketplaceCategoryMatches = pgTable(
  "marketplace_category_matches",
  {
    integrationId: text("integration_id")
      .notNull()
      .references(() => integrations.id),
    localCategory: text("local_category").notNull(),
    remoteCategoryId: text("remote_category_id").notNull(),
    remoteBrandId: text("remote_brand_id"),
    attributes: jsonb("attributes").$type<AttributeValueChoice[]>().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.integrationId, table.localCategory] })],
);

export type MarketplaceCategoryMatch = typeof marketplaceCategoryMatches.$inferSelect;
