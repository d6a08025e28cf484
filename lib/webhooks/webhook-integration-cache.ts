import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, type Integration } from "@/db/schema";
import { openSecrets } from "@/lib/integrations/integration-secrets";
import { getProvider } from "@/lib/providers/registry";

export type WebhookIntegration = { row: Integration; credentials: Record<string, unknown> };

const TTL_MS = 5_000;
const cache = new Map<string, { value: WebhookIntegration | null; expiresAt: number }>();

/**
 * The integration and its decrypted credentials for webhook intake, cached for a few seconds: at hundreds of
 * deliveries a second, a lookup and a decryption per request would dominate. Saving settings clears the entry.
 */
export async function loadWebhookIntegration(
  db: Db,
  provider: string,
  now = Date.now(),
): Promise<WebhookIntegration | null> {
  const hit = cache.get(provider);
  if (hit && hit.expiresAt > now) return hit.value;
  const [row] = await db.select().from(integrations).where(eq(integrations.id, provider)).limit(1);
  let value: WebhookIntegration | null = null;
  if (row) {
    const merged = { ...row.settings, ...openSecrets(row.id, row.secretsCiphertext) };
    const parsed = getProvider(provider)?.credentialsSchema.safeParse(merged);
    value = { row, credentials: parsed?.success ? (parsed.data as Record<string, unknown>) : merged };
  }
  cache.set(provider, { value, expiresAt: now + TTL_MS });
  return value;
}

export function forgetWebhookIntegration(provider?: string): void {
  if (provider) cache.delete(provider);
  else cache.clear();
}
