import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, integrationContext, keyIdOf, needsReseal } from "./cipher";
import { sealV1 } from "@/lib/testing/legacy-cipher";
import { buildKeyring } from "./keyring";

const newKey = () => randomBytes(32).toString("base64");
const TRENDYOL = integrationContext("trendyol");

describe("secret encryption", () => {
  it("round-trips as v2 and never contains the plaintext", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const sealed = encryptSecret("trendyol-api-secret-123", keyring, TRENDYOL);
    expect(sealed).not.toContain("trendyol-api-secret-123");
    expect(sealed.startsWith(`v2:${keyring.current.id}:`)).toBe(true);
    expect(keyIdOf(sealed)).toBe(keyring.current.id);
    expect(decryptSecret(sealed, keyring, TRENDYOL)).toBe("trendyol-api-secret-123");
  });

  it("binds a ciphertext to its integration: copied into another integration it does not decrypt", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const sealed = encryptSecret("stripe-secret", keyring, integrationContext("stripe"));
    expect(() => decryptSecret(sealed, keyring, integrationContext("iyzico"))).toThrow();
    expect(decryptSecret(sealed, keyring, integrationContext("stripe"))).toBe("stripe-secret");
  });

  it("refuses a truncated authentication tag", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const parts = encryptSecret("value", keyring, TRENDYOL).split(":");
    for (const length of [4, 8, 12, 15]) {
      const truncated = [...parts];
      truncated[3] = Buffer.from(parts[3]!, "base64").subarray(0, length).toString("base64");
      expect(() => decryptSecret(truncated.join(":"), keyring, TRENDYOL)).toThrow(/16 bytes/);
    }
    const v1 = sealV1("legacy", keyring).split(":");
    v1[3] = Buffer.from(v1[3]!, "base64").subarray(0, 4).toString("base64");
    expect(() => decryptSecret(v1.join(":"), keyring, TRENDYOL)).toThrow(/16 bytes/);
  });

  it("still reads v1 values, and marks them for resealing", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const legacy = sealV1("old-secret", keyring);
    expect(decryptSecret(legacy, keyring, TRENDYOL)).toBe("old-secret");
    expect(needsReseal(legacy, keyring)).toBe(true);
    expect(needsReseal(encryptSecret("new", keyring, TRENDYOL), keyring)).toBe(false);
  });

  it("uses a fresh IV each time", () => {
    const keyring = buildKeyring(newKey(), undefined);
    expect(encryptSecret("same", keyring, TRENDYOL)).not.toBe(encryptSecret("same", keyring, TRENDYOL));
  });

  it("decrypts with a previous key after rotation, and fails without it", () => {
    const oldKey = newKey();
    const sealed = encryptSecret("s3cret", buildKeyring(oldKey, undefined), TRENDYOL);
    const rotated = buildKeyring(newKey(), oldKey);
    expect(decryptSecret(sealed, rotated, TRENDYOL)).toBe("s3cret");
    expect(needsReseal(sealed, rotated)).toBe(true);
    expect(() => decryptSecret(sealed, buildKeyring(newKey(), undefined), TRENDYOL)).toThrow(
      /KOPRU_ENCRYPTION_KEYS_PREVIOUS/,
    );
  });

  it("rejects a tampered ciphertext", () => {
    const keyring = buildKeyring(newKey(), undefined);
    const parts = encryptSecret("value", keyring, TRENDYOL).split(":");
    parts[4] = Buffer.from("other").toString("base64");
    expect(() => decryptSecret(parts.join(":"), keyring, TRENDYOL)).toThrow();
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => buildKeyring(randomBytes(16).toString("base64"), undefined)).toThrow(/32 bytes/);
  });
});
