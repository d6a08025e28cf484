export * from "./auth";
export * from "./catalog";
export * from "./integrations";
export * from "./orders";
export * from "./payments";
export * from "./sync";
export * from "./webhooks";
export * from "./invoices";
