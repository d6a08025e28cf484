import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "./keyring";

const FORMAT = "v1";

/** AES-256-GCM; the result is `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64 parts) so keys can rotate. */
export function encryptSecret(plaintext: string, keyring: Keyring): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyring.current.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [FORMAT, keyring.current.id, iv.toString("base64"), tag.toString("base64"), body.toString("base64")].join(":");
}

export function keyIdOf(ciphertext: string): string | undefined {
  return ciphertext.split(":")[1];
}

export function decryptSecret(ciphertext: string, keyring: Keyring): string {
  const [format, keyId, iv, tag, body] = ciphertext.split(":");
  if (format !== FORMAT || !keyId || !iv || !tag || body === undefined)
    throw new Error("Unrecognised ciphertext format");
  const key = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === keyId);
  if (!key) throw new Error(`No encryption key with id ${keyId}: add it to KOPRU_ENCRYPTION_KEYS_PREVIOUS`);
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}
