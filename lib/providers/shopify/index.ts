/** Shopify's public surface: what the registry imports. */
export { shopifyProvider, type ShopifyCredentials } from "./config";
export { createShopifyMarketplace } from "./marketplace";
export { parseShopifyWebhook, verifyShopifyWebhook } from "./webhook";
export { SHOPIFY_WEBHOOK_EVENT_TYPES, buildSampleShopifyWebhook } from "./webhook-sample";
