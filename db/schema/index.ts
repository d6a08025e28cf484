export * from "./auth";
export * from "./catalog";
export * from "./integrations";
export * from "./orders";
export * from "./sync";
export * from "./webhooks";
