import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

export type EncryptionKey = { id: string; key: Buffer };
export type Keyring = { current: EncryptionKey; previous: EncryptionKey[] };

/** A key's id is derived from the key itself, so ciphertexts name the key that sealed them without storing it. */
export function toEncryptionKey(base64: string): EncryptionKey {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new Error("An encryption key must be 32 bytes (base64)");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 8), key };
}

export function buildKeyring(current: string, previous: string | undefined): Keyring {
  const previousKeys = (previous ?? "")
    .split(",")
    .filter((value) => value.trim() !== "")
    .map(toEncryptionKey);
  return { current: toEncryptionKey(current), previous: previousKeys };
}

const DEV_KEY_FILE = path.join(process.cwd(), ".data", "encryption.key");

function readOrCreateDevKey(): string {
  if (fs.existsSync(DEV_KEY_FILE)) return fs.readFileSync(DEV_KEY_FILE, "utf8").trim();
  fs.mkdirSync(path.dirname(DEV_KEY_FILE), { recursive: true });
  const key = randomBytes(32).toString("base64");
  fs.writeFileSync(DEV_KEY_FILE, `${key}\n`, { mode: 0o600, flag: "wx" });
  console.warn(
    `[köprü] KOPRU_ENCRYPTION_KEY is not set: generated a development key in ${DEV_KEY_FILE}. ` +
      "Set KOPRU_ENCRYPTION_KEY before storing real credentials.",
  );
  return key;
}

let cached: Keyring | undefined;

/** The process keyring from KOPRU_ENCRYPTION_KEY(S_PREVIOUS); in development a missing key is generated once into .data/. */
export function getKeyring(): Keyring {
  if (cached) return cached;
  const env = getEnv();
  if (!env.KOPRU_ENCRYPTION_KEY && env.NODE_ENV === "production") {
    throw new Error(
      "KOPRU_ENCRYPTION_KEY is required in production: set it to 32 random bytes in base64 (`openssl rand -base64 32`).",
    );
  }
  cached = buildKeyring(env.KOPRU_ENCRYPTION_KEY ?? readOrCreateDevKey(), env.KOPRU_ENCRYPTION_KEYS_PREVIOUS);
  return cached;
}
