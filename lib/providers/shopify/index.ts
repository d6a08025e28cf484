/**
 * Shopify's public surface: what the registry imports. No adapter yet: the client work adds
 * `createShopifyMarketplace(input: AdapterInput<ShopifyCredentials>): MarketplaceAdapter` here and names it in the
 * registry entry (`adapter`, `features`, `marketplaceSync(...)`).
 */
export { shopifyProvider, type ShopifyCredentials } from "./config";
export { parseShopifyWebhook, verifyShopifyWebhook } from "./webhook";
export { SHOPIFY_WEBHOOK_EVENT_TYPES, buildSampleShopifyWebhook } from "./webhook-sample";
