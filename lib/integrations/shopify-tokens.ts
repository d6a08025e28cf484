import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations } from "@/db/schema";
import type { ShopifyTokenState } from "@/lib/providers/shopify/token-manager";
import { hintOf, openSecrets, sealSecrets } from "./integration-secrets";

/**
 * Stores a rotated Shopify token pair in one row update, under a row lock: the refresh token rotates, so the new access
 * token, its expiry and the new refresh token must land together or not at all.
 */
export async function storeShopifyTokens(db: Db, state: ShopifyTokenState): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(integrations).where(eq(integrations.id, "shopify")).for("update");
    if (!row) return;
    const secrets = {
      ...openSecrets(row.secretsCiphertext),
      access_token: state.accessToken,
      ...(state.refreshToken ? { refresh_token: state.refreshToken } : {}),
      ...(state.expiresAt ? { access_token_expires_at: new Date(state.expiresAt).toISOString() } : {}),
    };
    await tx
      .update(integrations)
      .set({
        secretsCiphertext: sealSecrets(secrets),
        secretHints: {
          ...row.secretHints,
          access_token: hintOf(state.accessToken),
          ...(state.refreshToken ? { refresh_token: hintOf(state.refreshToken) } : {}),
        },
      })
      .where(eq(integrations.id, "shopify"));
  });
}

let lastRecorded: { version: string; at: number } | null = null;
const RECHECK_MS = 60_000;

/**
 * Keeps the API version Shopify last served in the integration's settings (the page warns when it differs from the
 * pinned one). Writes only when it changed, and looks at most once a minute per process.
 */
export async function recordServedApiVersion(db: Db, version: string, now = Date.now()): Promise<void> {
  if (lastRecorded?.version === version && now - lastRecorded.at < RECHECK_MS) return;
  lastRecorded = { version, at: now };
  await db
    .update(integrations)
    .set({ settings: sql`${integrations.settings} || ${JSON.stringify({ served_api_version: version })}::jsonb` })
    .where(
      sql`${integrations.id} = 'shopify' and ${integrations.settings}->>'served_api_version' is distinct from ${version}`,
    );
}
