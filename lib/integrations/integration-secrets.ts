import { decryptSecret, encryptSecret, integrationContext } from "@/lib/credentials/cipher";
import { getKeyring, type Keyring } from "@/lib/credentials/keyring";

export type SecretMap = Record<string, string>;

/** Seals an integration's secrets, bound to that integration: the ciphertext does not open in another row. */
export function sealSecrets(integrationId: string, secrets: SecretMap, keyring: Keyring = getKeyring()): string {
  return encryptSecret(JSON.stringify(secrets), keyring, integrationContext(integrationId));
}

export function openSecrets(
  integrationId: string,
  ciphertext: string | null,
  keyring: Keyring = getKeyring(),
): SecretMap {
  if (!ciphertext) return {};
  return JSON.parse(decryptSecret(ciphertext, keyring, integrationContext(integrationId))) as SecretMap;
}

/** The last four characters, or fewer for very short values, so a mask never reveals most of a secret. */
export function hintOf(secret: string): string {
  return secret.length >= 12 ? secret.slice(-4) : secret.length >= 6 ? secret.slice(-2) : "";
}
