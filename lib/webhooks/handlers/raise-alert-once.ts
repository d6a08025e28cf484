import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";

/**
 * Raises an alert unless one with the same source and `key` was ever raised (resolved ones included), so a redelivered
 * or retried event does not alert twice. The key is stored as `details.key`.
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
  return true;
}
