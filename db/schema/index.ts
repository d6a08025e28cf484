export * from "./auth";
export * from "./integrations";
