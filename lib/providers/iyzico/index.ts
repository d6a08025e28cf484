/**
 * iyzico's public surface: what the registry imports. No adapter yet: the client work adds
 * `createIyzicoPayments(input: AdapterInput<IyzicoCredentials>): PaymentAdapter` here and names it in the registry entry.
 */
export { iyzicoProvider, type IyzicoCredentials } from "./config";
export { parseIyzicoWebhook, verifyIyzicoWebhook } from "./webhook";
export { IYZICO_WEBHOOK_EVENT_TYPES, buildSampleIyzicoWebhook } from "./webhook-sample";
