import { createCipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "@/lib/credentials/keyring";

/** A value as Köprü sealed it before format v2 (no binding to its row), for upgrade tests (test fixture). */
export function sealV1(plaintext: string, keyring: Keyring): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyring.current.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", keyring.current.id, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString("base64"))].join(
    ":",
  );
}
