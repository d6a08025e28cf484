import { eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations } from "@/db/schema";
import { decryptSecret, encryptSecret, keyIdOf } from "./cipher";
import type { Keyring } from "./keyring";

/** Re-encrypts every stored secret under the keyring's current key. Idempotent: rows already on it are skipped. */
export async function rotateSecrets(options: {
  db: Db;
  keyring: Keyring;
}): Promise<{ rotated: number; skipped: number }> {
  const { db, keyring } = options;
  const rows = await db
    .select({ id: integrations.id, ciphertext: integrations.secretsCiphertext })
    .from(integrations)
    .where(isNotNull(integrations.secretsCiphertext));
  let rotated = 0;
  for (const row of rows) {
    if (!row.ciphertext || keyIdOf(row.ciphertext) === keyring.current.id) continue;
    const resealed = encryptSecret(decryptSecret(row.ciphertext, keyring), keyring);
    await db.update(integrations).set({ secretsCiphertext: resealed }).where(eq(integrations.id, row.id));
    rotated += 1;
  }
  return { rotated, skipped: rows.length - rotated };
}
