import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "./keyring";

const CURRENT_FORMAT = "v2";
const TAG_BYTES = 16;
const IV_BYTES = 12;

/**
 * What a ciphertext is bound to, as GCM additional authenticated data: `integration:<id>` for an integration's
 * secrets, so a value copied into another row does not decrypt there.
 */
export type SecretContext = string;

export const integrationContext = (integrationId: string): SecretContext => `integration:${integrationId}`;

/** The alert settings' Slack webhook URL (one row). */
export const SLACK_URL_CONTEXT: SecretContext = "alert-settings:slack_webhook_url";

/**
 * AES-256-GCM with a 16-byte tag; the result is `v2:<key id>:<iv>:<tag>:<ciphertext>` (base64 parts), bound to
 * `context`. The key id lets keys rotate; the version lets old `v1` values (no binding) still be read and upgraded.
 */
export function encryptSecret(plaintext: string, keyring: Keyring, context: SecretContext): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyring.current.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    CURRENT_FORMAT,
    keyring.current.id,
    iv.toString("base64"),
    tag.toString("base64"),
    body.toString("base64"),
  ].join(":");
}

export function keyIdOf(ciphertext: string): string | undefined {
  return ciphertext.split(":")[1];
}

/** True when the value should be sealed again: an older format, or a key other than the current one. */
export function needsReseal(ciphertext: string, keyring: Keyring): boolean {
  return !ciphertext.startsWith(`${CURRENT_FORMAT}:`) || keyIdOf(ciphertext) !== keyring.current.id;
}

/**
 * Opens a `v2` value bound to `context`, or a legacy `v1` value (sealed before binding existed). The tag must be
 * exactly 16 bytes: GCM would otherwise accept a truncated tag, which makes forgeries far cheaper.
 */
export function decryptSecret(ciphertext: string, keyring: Keyring, context: SecretContext): string {
  const [format, keyId, iv, tag, body, ...rest] = ciphertext.split(":");
  if ((format !== "v1" && format !== CURRENT_FORMAT) || !keyId || !iv || !tag || body === undefined || rest.length)
    throw new Error("Unrecognised ciphertext format");
  const key = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === keyId);
  if (!key) throw new Error(`No encryption key with id ${keyId}: add it to KOPRU_ENCRYPTION_KEYS_PREVIOUS`);
  const tagBytes = Buffer.from(tag, "base64");
  if (tagBytes.length !== TAG_BYTES) throw new Error("The authentication tag must be 16 bytes");
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64"), { authTagLength: TAG_BYTES });
  if (format === CURRENT_FORMAT) decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(tagBytes);
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}
