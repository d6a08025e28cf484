export * from "./auth";
export * from "./catalog";
export * from "./integrations";
export * from "./orders";
export * from "./payments";
export * from "./sync";
export * from "./webhooks";
<<<<<<< HEAD
export * from "./invoices";
=======
export * from "./ops";
export * from "./claims";
export * from "./marketplace-catalog";
>>>>>>> main
