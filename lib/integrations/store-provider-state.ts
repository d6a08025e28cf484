import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations } from "@/db/schema";
import { hintOf, openSecrets, sealSecrets } from "./integration-secrets";

/**
 * Merges secrets a provider rotated (Shopify's access + refresh token pair) into the stored ones in one row update,
 * under a row lock: a rotated refresh token must land together with its access token or not at all.
 */
export async function saveRotatedSecrets(
  db: Db,
  integrationId: string,
  changes: Record<string, string>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(integrations).where(eq(integrations.id, integrationId)).for("update");
    if (!row) return;
    const hints = Object.fromEntries(Object.entries(changes).map(([name, value]) => [name, hintOf(value)]));
    await tx
      .update(integrations)
      .set({
        secretsCiphertext: sealSecrets(row.id, { ...openSecrets(row.id, row.secretsCiphertext), ...changes }),
        secretHints: { ...row.secretHints, ...hints },
      })
      .where(eq(integrations.id, integrationId));
  });
}

const recorded = new Map<string, { value: string; at: number }>();
const RECHECK_MS = 60_000;

/**
 * Keeps a fact the provider reported (e.g. `served_api_version`) in the integration's settings for the page to show.
 * Writes only when it changed, and looks at most once a minute per process and setting.
 */
export async function recordProviderSetting(
  db: Db,
  integrationId: string,
  name: string,
  value: string,
  now = Date.now(),
): Promise<void> {
  const key = `${integrationId}:${name}`;
  const last = recorded.get(key);
  if (last?.value === value && now - last.at < RECHECK_MS) return;
  recorded.set(key, { value, at: now });
  await db
    .update(integrations)
    .set({ settings: sql`${integrations.settings} || ${JSON.stringify({ [name]: value })}::jsonb` })
    .where(sql`${integrations.id} = ${integrationId} and ${integrations.settings}->>${name} is distinct from ${value}`);
}
