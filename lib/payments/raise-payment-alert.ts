import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";

/** Raises an alert once per provider and key (resolved ones included), so a redelivered event does not alert twice. */
export async function raisePaymentAlert(options: {
  db: Db;
  provider: string;
  key: string;
  message: string;
  details: Record<string, unknown>;
}): Promise<boolean> {
  const source = `${options.provider}.dispute`;
  const [existing] = await options.db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.source, source), sql`${alerts.details} ->> 'key' = ${options.key}`))
    .limit(1);
  if (existing) return false;
  await options.db.insert(alerts).values({
    integrationId: options.provider,
    source,
    message: options.message,
    details: { ...options.details, key: options.key },
  });
  return true;
}
