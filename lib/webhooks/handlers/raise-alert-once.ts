import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import { recordFailure } from "@/lib/issues/record-failure";

/**
 * Raises an alert unless one with the same source and `key` was ever raised (resolved ones included), so a redelivered
 * or retried event does not alert twice. The key is stored as `details.key`. The alert also becomes a `notice` issue,
 * so the merchant sees it in the console and is told through the alert channels.
 */
export async function raiseAlertOnce(options: {
  db: Db;
  integrationId: string;
  source: string;
  key: string;
  message: string;
  details?: Record<string, unknown>;
}): Promise<boolean> {
  const { db, source, key } = options;
  const [existing] = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.source, source), sql`${alerts.details} ->> 'key' = ${key}`))
    .limit(1);
  if (existing) return false;
  await db.insert(alerts).values({
    integrationId: options.integrationId,
    source,
    message: options.message,
    details: { ...options.details, key },
  });
  await recordFailure({
    db,
    integrationId: options.integrationId,
    kind: "notice",
    operation: source,
    message: options.message,
    dedupeKey: key,
  });
  return true;
}
