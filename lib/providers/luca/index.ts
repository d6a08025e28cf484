/**
 * Luca's public surface: what the registry imports. No adapter yet: the client work adds
 * `createLucaErp(input: AdapterInput<LucaCredentials>): ErpAdapter` here and names it in the registry entry.
 */
export { lucaProvider, type LucaCredentials } from "./config";
