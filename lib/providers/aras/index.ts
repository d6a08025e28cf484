/**
 * Aras Kargo's public surface: what the registry imports. No adapter yet: the client work adds
 * `createArasCargo(input: AdapterInput<ArasCredentials>): CargoAdapter` here and names it in the registry entry. Aras
 * has no push channel, so there is no webhook.
 */
export { arasProvider, type ArasCredentials } from "./config";
