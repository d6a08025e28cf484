/** iyzico's public surface: what the registry and lib/payments import. */
export { createIyzicoAdapter, type IyzicoAdapter, type IyzicoOrderInput } from "./adapter";
export { iyzicoProvider, type IyzicoCredentials } from "./config";
export { createIyzicoApi, createIyzicoPayments } from "./payment-adapter";
export { parseIyzicoWebhook, verifyIyzicoWebhook } from "./webhook";
export { IYZICO_WEBHOOK_EVENT_TYPES, buildSampleIyzicoWebhook } from "./webhook-sample";
