/**
 * Hepsiburada's public surface: what the registry imports. No adapter yet: the client work adds
 * `createHepsiburadaMarketplace(input: AdapterInput<HepsiburadaCredentials>): MarketplaceAdapter` here and names it in
 * the registry entry (`adapter`, `features`, `marketplaceSync(...)`).
 */
export { hepsiburadaProvider, type HepsiburadaCredentials } from "./config";
export { parseHepsiburadaWebhook, verifyHepsiburadaWebhook } from "./webhook";
export { HEPSIBURADA_WEBHOOK_EVENT_TYPES, buildSampleHepsiburadaWebhook } from "./webhook-sample";
