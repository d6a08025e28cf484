import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, keyIdOf } from "./cipher";
import { buildKeyring } from "./keyring";

const newKey = () => randomBytes(32).toString("base64");

describe("secret encryption", () => {
  it("round-trips and never contains the plaintext", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const sealed = encryptSecret("trendyol-api-secret-123", keyring);
    expect(sealed).not.toContain("trendyol-api-secret-123");
    expect(keyIdOf(sealed)).toBe(keyring.current.id);
    expect(decryptSecret(sealed, keyring)).toBe("trendyol-api-secret-123");
  });

  it("uses a fresh IV each time", () => {
    const keyring = buildKeyring(newKey(), undefined);
    expect(encryptSecret("same", keyring)).not.toBe(encryptSecret("same", keyring));
  });

  it("decrypts with a previous key after rotation, and fails without it", () => {
    const oldKey = newKey();
    const sealed = encryptSecret("s3cret", buildKeyring(oldKey, undefined));
    const rotated = buildKeyring(newKey(), oldKey);
    expect(decryptSecret(sealed, rotated)).toBe("s3cret");
    expect(() => decryptSecret(sealed, buildKeyring(newKey(), undefined))).toThrow(/KOPRU_ENCRYPTION_KEYS_PREVIOUS/);
  });

  it("rejects a tampered ciphertext", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const parts = encryptSecret("value", keyring).split(":");
    parts[4] = Buffer.from("other").toString("base64");
    expect(() => decryptSecret(parts.join(":"), keyring)).toThrow();
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => buildKeyring(randomBytes(16).toString("base64"), undefined)).toThrow(/32 bytes/);
  });
});
