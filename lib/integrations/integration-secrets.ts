import { decryptSecret, encryptSecret } from "@/lib/credentials/cipher";
import { getKeyring, type Keyring } from "@/lib/credentials/keyring";

export type SecretMap = Record<string, string>;

export function sealSecrets(secrets: SecretMap, keyring: Keyring = getKeyring()): string {
  return encryptSecret(JSON.stringify(secrets), keyring);
}

export function openSecrets(ciphertext: string | null, keyring: Keyring = getKeyring()): SecretMap {
  if (!ciphertext) return {};
  return JSON.parse(decryptSecret(ciphertext, keyring)) as SecretMap;
}

/** The last four characters, or fewer for very short values, so a mask never reveals most of a secret. */
export function hintOf(secret: string): string {
  return secret.length >= 12 ? secret.slice(-4) : secret.length >= 6 ? secret.slice(-2) : "";
}
