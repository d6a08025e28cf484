import { eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alertSettings, integrations } from "@/db/schema";
import { SLACK_URL_CONTEXT, decryptSecret, encryptSecret, integrationContext, needsReseal } from "./cipher";
import type { Keyring } from "./keyring";

/**
 * Re-encrypts every stored secret (integrations' secrets, the alert Slack URL) under the keyring's current key in the
 * current format (`v2`, bound to its row). Idempotent: values already current are skipped. Run by
 * `npm run keys:rotate` and at every server start, so `v1` values from older versions are upgraded by themselves.
 */
export async function rotateSecrets(options: {
  db: Db;
  keyring: Keyring;
}): Promise<{ rotated: number; skipped: number }> {
  const { db, keyring } = options;
  let rotated = 0;
  let skipped = 0;
  const rows = await db
    .select({ id: integrations.id, ciphertext: integrations.secretsCiphertext })
    .from(integrations)
    .where(isNotNull(integrations.secretsCiphertext));
  for (const row of rows) {
    if (!row.ciphertext || !needsReseal(row.ciphertext, keyring)) {
      skipped += 1;
      continue;
    }
    const context = integrationContext(row.id);
    const resealed = encryptSecret(decryptSecret(row.ciphertext, keyring, context), keyring, context);
    // Only if nobody changed the row meanwhile; a concurrent save already wrote a current value.
    const updated = await db
      .update(integrations)
      .set({ secretsCiphertext: resealed })
      .where(eq(integrations.secretsCiphertext, row.ciphertext))
      .returning({ id: integrations.id });
    rotated += updated.length;
  }
  const [alerts] = await db
    .select({ id: alertSettings.id, ciphertext: alertSettings.slackWebhookCiphertext })
    .from(alertSettings)
    .where(isNotNull(alertSettings.slackWebhookCiphertext));
  if (alerts?.ciphertext && needsReseal(alerts.ciphertext, keyring)) {
    const plaintext = decryptSecret(alerts.ciphertext, keyring, SLACK_URL_CONTEXT);
    await db
      .update(alertSettings)
      .set({ slackWebhookCiphertext: encryptSecret(plaintext, keyring, SLACK_URL_CONTEXT) })
      .where(eq(alertSettings.id, alerts.id));
    rotated += 1;
  } else if (alerts?.ciphertext) {
    skipped += 1;
  }
  return { rotated, skipped };
}
