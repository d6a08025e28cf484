import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { redactHeaders } from "@/lib/providers/webhook-headers";

/** How much of a rejected body is kept for inspection: enough to recognise it, too little to be a storage sink. */
export const REJECTED_BODY_PREFIX_BYTES = 2048;

/**
 * Stores a delivery that failed verification, without its full body: redacted headers, size, SHA-256 and the first
 * 2 KB. The same body again (a provider retrying with a stale secret, or a flood) only bumps `repeatCount`.
 */
export async function recordRejectedDelivery(options: {
  db: Db;
  provider: string;
  rawBody: string;
  bodySha256: string;
  headers: Headers;
  reason: string;
}): Promise<void> {
  const { db, provider, rawBody, bodySha256 } = options;
  const bytes = Buffer.from(rawBody, "utf8");
  await db
    .insert(webhookEvents)
    .values({
      provider,
      integrationId: provider,
      dedupeKey: `rejected:${bodySha256}`,
      status: "rejected",
      headers: redactHeaders(options.headers),
      rawBody: bytes.subarray(0, REJECTED_BODY_PREFIX_BYTES).toString("utf8"),
      bodySha256,
      bodySize: bytes.length,
      rejectionReason: options.reason,
    })
    .onConflictDoUpdate({
      target: [webhookEvents.provider, webhookEvents.dedupeKey],
      set: { repeatCount: sql`${webhookEvents.repeatCount} + 1`, lastRepeatAt: sql`now()` },
    });
}
